def outer():
    funcs = []
    val = "first"
    funcs.append(lambda: val)
    val = "second"
    funcs.append(lambda: val)
    return funcs, val
fs, v = outer()
print([f() for f in fs], v)

def modify_via_list():
    box = [0]
    def bump():
        box[0] += 1
    for _ in range(5):
        bump()
    return box[0]
print(modify_via_list())

def make_all():
    funcs = []
    for i in range(3):
        def bind(j):
            return lambda: j * 10
        funcs.append(bind(i))
    return funcs
print([f() for f in make_all()])
print([(lambda k=k: k)() for k in 'xyz'])

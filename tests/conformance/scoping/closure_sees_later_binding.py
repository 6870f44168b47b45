def outer():
    def show():
        return value
    value = 'first'
    a = show()
    value = 'second'
    b = show()
    return a, b
print(outer())
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])

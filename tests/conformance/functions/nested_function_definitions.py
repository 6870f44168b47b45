def outer(x):
    def inner(y):
        return x + y
    def inner2():
        return inner(100)
    return inner(1), inner2()
print(outer(5))
def make_adders():
    return [outer, outer]
print([fn(1) for fn in make_adders()])

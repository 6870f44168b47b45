def outer():
    def inner(a):
        return a
    return inner
f = outer()
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
g = lambda a, b: 0
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)

def f(a, *, b):
    return a
def g(*, x, y, z=0):
    return x
tests = [lambda: f(1), lambda: g(), lambda: g(x=1), lambda: f(1, 2), lambda: g(1, x=1, y=2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

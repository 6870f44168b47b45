def f(a, *, b=1):
    return a
def g(a, b=1, *, c):
    return a
tests = [lambda: f(1, 2), lambda: f(1, 2, b=3), lambda: g(1, 2, 3), lambda: g(1, 2, 3, c=4)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

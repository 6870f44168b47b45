def f(a, b):
    return a + b
def g(a, b, c):
    return 0
def h(a, b, c, d=1):
    return 0
tests = [lambda: f(1), lambda: f(), lambda: g(1), lambda: g(), lambda: h(b=1), lambda: (lambda x: x)()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

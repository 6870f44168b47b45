def f(a, b):
    return a
def g(*args):
    return args
tests = [lambda: f(1, 2, z=3), lambda: f(1, b=2, c=3), lambda: g(x=1), lambda: (lambda: 0)(k=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

def f(a, b):
    return a + b
def g():
    return 0
def h(a, b=1):
    return a
tests = [lambda: f(1, 2, 3), lambda: g(1), lambda: h(1, 2, 3), lambda: h(1, 2, 3, 4),
         lambda: (lambda x: x)(1, 2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

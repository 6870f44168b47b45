def f(a, b, c, d):
    return 0
tests = [lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(d=4), lambda: f(1, c=3)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

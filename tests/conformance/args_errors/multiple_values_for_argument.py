def f(a, b=2):
    return a
def g(a, *args, **kw):
    return a
tests = [lambda: f(1, a=2), lambda: f(1, 2, b=3), lambda: g(1, 2, a=3), lambda: f(*[1], **{'a': 1})]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

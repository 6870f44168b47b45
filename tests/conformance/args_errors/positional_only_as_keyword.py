def f(a, b, /):
    return a + b
def g(a, /, b):
    return a
tests = [lambda: f(1, b=2), lambda: f(a=1, b=2), lambda: g(a=1, b=2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
print(f(1, 2), g(1, b=2))

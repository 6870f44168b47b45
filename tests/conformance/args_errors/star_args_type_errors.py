def f(*a, **k):
    return a, k
tests = [lambda: f(*1), lambda: f(*None), lambda: f(**[1]), lambda: f(**{1: 2}), lambda: f(**{'a': 1}, **{'a': 2})]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(f(*'ab', **{'x': 1}))

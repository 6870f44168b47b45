x = 5
s = 'abc'
lst = [1]
n = None
tup = (1, 2)
d = {}
tests = [lambda: x(), lambda: s(1), lambda: lst(), lambda: n(), lambda: tup(), lambda: d(), lambda: tup[0]()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

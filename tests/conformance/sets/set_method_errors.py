s = {1}
for fn in [lambda: s.add(), lambda: s.update(5), lambda: s.union(3), lambda: set(1, 2), lambda: s.issubset(None)]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s - [1]
except TypeError as e:
    print(type(e).__name__, e)

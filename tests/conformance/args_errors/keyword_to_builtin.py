tests = [lambda: len(obj=[]), lambda: sorted([1], foo=1), lambda: print('x', bogus=1), lambda: int(x='1')]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(int('12', base=8), sorted([3, 1], reverse=True))

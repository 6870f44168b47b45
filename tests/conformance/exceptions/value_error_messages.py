tests = [lambda: int('1.0'), lambda: float('x'), lambda: [1].index(2), lambda: 'a'.index('b'),
         lambda: chr(-5), lambda: 1 << -1, lambda: range(1, 2, 0), lambda: 'abc'.split(''),
         lambda: [1, 2].remove(3), lambda: max([]), lambda: int('10', 40)]
for t in tests:
    try:
        t()
    except ValueError as e:
        print(type(e).__name__, e)

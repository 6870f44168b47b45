tests = [lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (2,), lambda: (1,) + [2], lambda: None + 1,
         lambda: 1 - 'a', lambda: 'a' - 'b', lambda: 'a' * 'b', lambda: [1] * 1.5, lambda: 2 ** 'x',
         lambda: 'a' / 2, lambda: 1 // None, lambda: {} + {}, lambda: 1.5 % 'a', lambda: 'a' < 1,
         lambda: [1] < (1,), lambda: None > None, lambda: 1 & 1.0, lambda: 1.0 << 1, lambda: 'x' | 1]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

tests = [lambda: 'ab' * 2.0, lambda: [0] * None, lambda: (1,) * '3', lambda: 'x' * [2]]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print('ab' * -1, [1] * 0, (1, 2) * True, 3 * 'x', False * [1])

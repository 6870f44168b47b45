for v in [1, 1.5, 'a', True, None, [1], (1,), {'a': 1}, range(2), 2 ** 100, ValueError('v')]:
    print(type(v), type(v).__name__)
print(type(1) == int, type(True) == int, type(type(1)))
print(type(1) is int, type('') is str)

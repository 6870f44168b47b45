for v in ['a', 'it\'s', 1, 1.0, None, True, [1, 'b'], (1,), {'k': 'v'}, range(1, 5, 2), -0.0, '']:
    print(str(v), repr(v))

vals = [1, 1.5, 'a', [1], (1,), {'a': 1}, None, True, range(1)]
for v in vals:
    try:
        v - 'zz'
    except TypeError as e:
        print(e)

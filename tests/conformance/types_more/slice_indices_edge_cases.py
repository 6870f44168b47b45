for args in [(None, None, None), (-100, 100, 1), (5, 1, -1), (None, None, -2), (10, -10, -3), (3, 3, 1), (-1, None, -1)]:
    s = slice(*args)
    for n in (0, 1, 7):
        print(args, n, s.indices(n), len(range(*s.indices(n))))

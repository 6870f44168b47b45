for s in ['', ' ', 'abc', '1.5.2', '1e', 'e5', '1_', '_1', '1__0', 'in f', 'nan1', '0x10', '1,5', '--1']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], (2.0,)]:
    try:
        print(float(v))
    except TypeError as e:
        print(type(e).__name__, e)

for s in ['  1.5  ', 'inf', '-nan', '1_000.5', '1e5', '-1E-5', '+.5e1', 'infinity', '-Infinity', ' nan ', '1.', '3.0']:
    print(repr(s), float(s))
for s in ['1_000._5', 'i nf', '1e+', '']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)

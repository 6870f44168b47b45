for f in [0.5, 0.1, -2.25, 3.0, 1e-10, 123456.789, 0.0]:
    n, d = f.as_integer_ratio()
    print(f, n, d, n / d == f)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

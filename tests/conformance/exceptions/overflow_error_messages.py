tests = [lambda: float(10 ** 400), lambda: int(float('inf')), lambda: 2.0 ** 10000, lambda: (10 ** 400) / 7,
         lambda: [0] * (2 ** 64), lambda: 'x' * (2 ** 63)]
for t in tests:
    try:
        print(t())
    except OverflowError as e:
        print(type(e).__name__, e)

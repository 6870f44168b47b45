for a, b in [(0.0, -1), (0.0, -2.5), (0, -1), (10.0, 1000), (-10.0, 1001)]:
    try:
        print(a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print((-8.0) ** 2.0, (-2.0) ** 3.0)

for t in [lambda: 10.0 ** 400, lambda: 2.0 ** 5000, lambda: (-10.0) ** 401, lambda: 1e300 ** 2]:
    try:
        print(t())
    except OverflowError as e:
        print(type(e).__name__, e)
print(1e300 * 1e300, 1e308 + 1e308)

tests = [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(0, -1, 7), lambda: pow(2.0, 3, 5),
         lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 5.0), lambda: pow('2', 3, 5)]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

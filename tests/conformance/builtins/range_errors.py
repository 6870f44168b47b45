tests = [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range('3'), lambda: range(), lambda: range(1, 2, 3, 4)]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

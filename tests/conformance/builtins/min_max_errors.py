tests = [lambda: min([]), lambda: max(()), lambda: max(), lambda: min(1), lambda: max([1, 'a']),
         lambda: min(1, 2, default=0), lambda: max('')]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

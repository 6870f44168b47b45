tests = [lambda: [].pop(), lambda: [1].pop(1), lambda: [1, 2].pop(-3), lambda: [1].remove(2),
         lambda: [].remove(None), lambda: [1].pop('0'), lambda: [1, 2].index(3), lambda: [].index(0)]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

tests = [lambda: len(), lambda: len([], []), lambda: abs(), lambda: abs(1, 2), lambda: chr(),
         lambda: ord('a', 'b'), lambda: divmod(1), lambda: isinstance(1), lambda: round(), lambda: pow(1)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

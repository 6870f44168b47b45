tests = [lambda: zip([1], 2), lambda: enumerate(None), lambda: reversed(None),
          lambda: enumerate([1], 'x')]
for t in tests:
    try:
        print(t() is None)
    except TypeError as e:
        print(type(e).__name__, e)

tests = [lambda: chr(None), lambda: chr('65'), lambda: ord(None), lambda: ord([1]), lambda: ord(65)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

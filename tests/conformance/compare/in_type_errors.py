for t in [lambda: 1 in 'abc', lambda: 'a' in 5, lambda: [1] in {'a': 1}, lambda: 1 in None]:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

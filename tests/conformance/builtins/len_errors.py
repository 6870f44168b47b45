for v in [1, 2.5, None, True]:
    try:
        print(len(v))
    except TypeError as e:
        print(type(e).__name__, e)

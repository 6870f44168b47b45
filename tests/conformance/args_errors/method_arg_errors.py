tests = [lambda: [].append(), lambda: [].append(1, 2), lambda: 'a'.split(1), lambda: 'a'.join(1),
         lambda: 'a'.join([1]), lambda: [].insert(1), lambda: {}.get(), lambda: 'x'.replace('a'),
         lambda: 'x'.startswith(1), lambda: [1].index()]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

tests = [lambda: [][0], lambda: [1][-2], lambda: ''[0], lambda: ()[0], lambda: range(3)[3],
         lambda: [].pop(), lambda: [1].pop(5), lambda: 'abc'[-4]]
for t in tests:
    try:
        t()
    except IndexError as e:
        print(type(e).__name__, e)

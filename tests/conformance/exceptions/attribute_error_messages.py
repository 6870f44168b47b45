tests = [lambda: (1).foo, lambda: 'abc'.nosuch, lambda: [].push(1), lambda: {}.add, lambda: None.x,
         lambda: (1.5).real_part, lambda: (1, 2).append]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)

tests = [lambda: len(5), lambda: len(None), lambda: abs('x'), lambda: chr('a'), lambda: chr(1.5),
         lambda: ord(5), lambda: sum(5), lambda: sorted(3), lambda: round('1'), lambda: hex(1.5),
         lambda: list(3), lambda: tuple(None), lambda: dict(5), lambda: enumerate(1), lambda: zip(1, [2])]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

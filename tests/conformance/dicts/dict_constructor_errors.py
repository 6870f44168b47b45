tests = [lambda: dict([1, 2]), lambda: dict([('a', 1, 2)]), lambda: dict(['ab', 'c']), lambda: dict(5)]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(['ab', 'cd']), dict(zip('xyz', range(3))))

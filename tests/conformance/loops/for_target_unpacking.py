for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4], ['x', 'y']]:
    print(first, rest)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)

xs = [3, 1, 2]
print(sorted(xs), sorted(xs, reverse=True), xs)
print(sorted('Hello'), sorted(['b', 'A', 'a', 'B'], key=lambda s: s.lower()))
print(sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0], reverse=True))
print(sorted({'z': 1, 'y': 2}), sorted(range(5), key=lambda n: n % 2))
print(sorted([]), sorted(''), sorted([-0.0, 0, 0.0]))

print(max([3, 1, 2]), min((3, 1, 2)), max('b', 'a', 'c'))
print(max([1, 2], [1, 3]), min([(2, 'a'), (1, 'z'), (1, 'b')]))
print(max(1, 2.5, 2), min(-1, -1.0), max(-1.0, -1))
print(sorted([[2, 1], [1, 2], [1], []]))

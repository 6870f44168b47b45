print(all([1, 'a', [0]]), all([1, '', 2]), any([None, 0, 0.0]), any(['', 'x']))
print(all(''), any('a'), all([[]]), any([[]]), all({}), any({0: 1}))
print(all(range(1, 100)), any(range(0)))
print(any([x > 3 for x in [1, 5]]), all([x % 2 == 0 for x in [2, 4, 7]]))

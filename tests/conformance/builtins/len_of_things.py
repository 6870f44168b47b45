print(len(''), len('abc'), len([1, 2]), len((1,)), len({'a': 1, 'b': 2}), len(range(10)))
print(len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len({}.keys()))
print(len('\U0001F600'), len([[1, 2, 3]]), len(range(-5, 5)))
print(len(range(0, 10 ** 18, 7)))

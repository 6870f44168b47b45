print(sorted((3, 1, 2)), sorted('dcba'), sorted({'b': 0, 'a': 1}), sorted(range(5, 0, -1)))
print(sorted({'b': 0, 'a': 1}.items()), sorted({'b': 0, 'a': 1}.values()))
print(sorted(zip([3, 1], 'xy')), sorted(enumerate('ba'), key=lambda p: p[1]))
print(sorted([[2], [1, 5], []]), sorted([(1,), (0, 9)], reverse=True))

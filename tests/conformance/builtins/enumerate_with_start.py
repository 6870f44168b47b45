print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('abc', start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 5):
    print(i, a, b)
print(dict(enumerate(['x', 'y'])))

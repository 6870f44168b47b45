a, b, c = 'xyz'
print(a, b, c)
a, b = range(2)
print(a, b)
k1, k2 = {'first': 1, 'second': 2}
print(k1, k2)
(a, b), = [(1, 2)]
print(a, b)
for (i, j), ch in zip([(0, 1), (2, 3)], 'pq'):
    print(i, j, ch)
a, b = enumerate('q'), 2
print(list(a), b)

xs = [3, 1, 2]
ys = sorted(xs)
xs.append(0)
print(xs, ys)
zs = [5, 4]
r = zs.sort()
print(r, zs)
print(sorted('hello'), sorted((3, 1)), sorted({'b': 1, 'a': 2}))

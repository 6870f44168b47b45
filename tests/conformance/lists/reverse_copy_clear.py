xs = [1, 2, 3, 4]
ys = xs.copy()
xs.reverse()
print(xs, ys)
zs = xs
xs.clear()
print(xs, zs, ys)
nested = [[1], [2]]
c = nested.copy()
c[0].append(99)
c.append([3])
print(nested, c)
print([].reverse(), [1].copy())

xs = [1, 2, 3, 4]
xs[1:3] = xs
print(xs)
ys = [1, 2, 3]
ys[:] = ys[::-1]
print(ys)
zs = [1, 2, 3, 4, 5, 6]
zs[::2] = zs[1::2]
print(zs)

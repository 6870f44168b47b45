a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
xs = [1, 2, 3]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
i, xs[i] = 1, 'set'
print(i, xs)

a, b = 'left', 'right'
a, b = b, a
print(a, b)
xs = list(range(5))
for i in range(len(xs) // 2):
    xs[i], xs[-1 - i] = xs[-1 - i], xs[i]
print(xs)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)

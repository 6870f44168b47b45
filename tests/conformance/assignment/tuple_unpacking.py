a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, f), [g, h] = [1, 2], (3, 4)
print(e, f, g, h)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
k, v = list({'key': 'val'}.items())[0]
print(k, v)

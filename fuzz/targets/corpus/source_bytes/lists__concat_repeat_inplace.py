a = [1, 2]
b = a
a = a + [3]
print(a, b)
a = b
a += [3]
print(a, b)
c = [0] * 4
print(c, [1, 2] * 2, 2 * ['x'], [] * 10, [1] * -1)
d = [1]
d *= 3
print(d)

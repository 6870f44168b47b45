a = 123
b = -45
print(a + b, a - b, b - a)
print(a * b, b * b, a * 0)
print(a + 0, 0 - a, -a + a)
x = 7
x += 3
x -= 1
x *= 4
print(x)
print(1 + 2 * 3 - 4)
print((1 + 2) * (3 - 4))

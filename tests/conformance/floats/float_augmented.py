x = 10.0
x += 0.5
print(x)
x -= 20
print(x)
x *= -2
print(x)
x /= 4
print(x)
x //= 2
print(x)
x %= 1.5
print(x)

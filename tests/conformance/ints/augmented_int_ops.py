x = 100
x //= 7
print(x)
x %= 5
print(x)
x **= 3
print(x)
x -= 30
print(x)
x //= -4
print(x)
x %= -3
print(x)
x <<= 70
print(x)
x >>= 68
print(x)
x /= 8
print(x)

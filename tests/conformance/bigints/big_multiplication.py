a = 123456789 ** 10
b = 987654321 ** 10
print(a)
print(b)
print(a * b)
print((a * b) // a == b)
print((a * b) % b)
print(a * -b == -(a * b))

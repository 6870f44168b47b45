a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 100 - 1
print(a & b, a | b, a ^ b)
print(~a, ~(-a))
print(-a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(a & 0xFF, -a & 0xFF)
print(hex(a ^ b))

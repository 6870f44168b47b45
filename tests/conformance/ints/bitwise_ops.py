a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(255 & -256, 255 | -256)
print(0 & 5, 0 | 5, 5 ^ 5)
x = 0xF0
x &= 0x3C
print(x)
x |= 1
print(x)
x ^= 0xFF
print(x)

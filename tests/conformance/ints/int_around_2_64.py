m = 2 ** 64
print(m - 1, m, m + 1)
print(m * m)
print((m - 1) & 0xFFFF, (m + 5) ^ m)
print(m >> 1, m << 1)
print(m // (2 ** 32), m % 1000000007)
print(18446744073709551615 + 1)
print(-m // 7, -m % 7)
print(hex(m - 1), hex(m))

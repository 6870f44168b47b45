m = 2 ** 63
print(m - 1, m, m + 1)
print(-m, -m - 1)
print(m - 1 + 1 == m)
print((m - 1) * 2, (m - 1) * (m - 1))
print(-(-m), abs(-m))
print(m // 2, m % 7, -m // 3, -m % 3)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
x = 9223372036854775807
x += 1
print(x, type(x))

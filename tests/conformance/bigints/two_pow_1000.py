x = 2 ** 1000
print(x)
print(len(str(x)))
print(x % 1000007)
print(x // 3 ** 600)
print(x - 1 == int('1' * 1000, 2))
print(x >> 999, x >> 1000, x >> 2000)

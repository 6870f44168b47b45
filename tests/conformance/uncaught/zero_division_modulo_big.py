n = 2 ** 100
print(n % 7)
print(n % (n - n))

x = 1.0
for i in range(0, 1100, 100):
    print(i, x)
    x = x * 2.0 ** 100
print(2.0 ** 1023)

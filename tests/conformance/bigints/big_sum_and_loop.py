total = 0
for i in range(1, 200):
    total += i ** 20
print(total)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
print(x % 2, x % 10 ** 10)

x = 1
values = []
for i in range(200):
    x = x * 3
    if i % 40 == 39:
        values.append(x)
for v in values:
    print(v)
y = 2 ** 62
for i in range(4):
    y = y + y
    print(y)
z = -(2 ** 63) + 3
for i in range(6):
    z -= 1
print(z)

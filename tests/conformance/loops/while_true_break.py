n = 0
while True:
    n += 1
    if n * n > 200:
        break
print(n)
items = [4, 8, 15, 16, 23, 42]
i = 0
while True:
    if items[i] > 15:
        print('found', items[i], 'at', i)
        break
    i += 1

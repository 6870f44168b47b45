print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-3, 3)), list(range(3, -3, -1)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -1, -1):
    print(i, end=',')
print()

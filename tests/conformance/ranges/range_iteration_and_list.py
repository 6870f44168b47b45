print(list(range(0)), list(range(-2)), list(range(3, 3)))
print([i * i for i in range(1, 6)])
print(sum(range(1, 11)), len(range(1, 11)), max(range(1, 11)))
for i in range(2, 11, 4):
    print(i)

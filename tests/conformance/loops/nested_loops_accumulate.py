table = []
for i in range(1, 5):
    row = []
    for j in range(1, 5):
        row.append(i * j)
    table.append(row)
for row in table:
    print(' '.join([str(x).rjust(3) for x in row]))
count = 0
for a in range(10):
    for b in range(a, 10):
        for c in range(b, 10):
            if a + b + c == 10:
                count += 1
print(count)

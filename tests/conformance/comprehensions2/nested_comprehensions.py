matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print({i: {j for j in range(i)} for i in range(4)})
print([[(i, j) for j in range(i)] for i in range(3)])
print({k: [v for v in range(k)] for k in range(3)})
print(sum(sum(x for x in row) for row in matrix))

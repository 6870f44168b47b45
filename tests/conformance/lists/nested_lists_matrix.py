m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1])
t = [[m[r][c] for r in range(3)] for c in range(3)]
print(t)
m[0][0] = 100
print(m[0])
diag = [m[i][i] for i in range(3)]
print(diag, sum([sum(row) for row in m]))
flat = [x for row in m for x in row]
print(flat)

print([(a, b) for a in 'xy' for b in '12'])
print([a + b for a in ['p', 'q'] if a != 'q' for b in ['1', '2'] if b != '1'])
matrix = [[1, 2, 3], [4, 5, 6]]
print([n for row in matrix for n in row if n % 2])
print([[row[i] for row in matrix] for i in range(3)])

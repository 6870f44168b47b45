grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (3, 3) in grid, len(grid))
print(list(grid.items())[:4])
del grid[0, 0]
print(sorted(grid)[:3])

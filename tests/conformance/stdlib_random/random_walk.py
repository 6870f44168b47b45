import random
random.seed(9)
pos = 0
path = [pos]
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
print(max(path), min(path))
grid = [[0] * 5 for _ in range(5)]
x = y = 2
for _ in range(40):
    dx, dy = random.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
    x = min(4, max(0, x + dx))
    y = min(4, max(0, y + dy))
    grid[y][x] += 1
for row in grid:
    print(row)

def search(grid, target):
    visited = 0
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                try:
                    visited += 1
                    if v == target:
                        return (r, c)
                finally:
                    if v == target:
                        print("inner finally at", (r, c))
        return None
    finally:
        print("visited", visited)

print(search([[1, 2], [3, 4]], 3))
print(search([[1]], 9))

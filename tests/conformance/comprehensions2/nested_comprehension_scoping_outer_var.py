def f():
    base = 10
    return [[base + i + j for j in range(2)] for i in range(2)]
print(f())

def g():
    rows = 3
    return {r: {c: r * c for c in range(rows)} for r in range(rows)}
print(g())
class K:
    n = 2
    grid = [[0] * 2 for _ in range(2)]
print(K.grid)

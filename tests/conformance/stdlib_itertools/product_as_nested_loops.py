from itertools import product
grid = [(r, c) for r, c in product(range(3), range(3)) if r != c]
print(grid)
digits = ["".join(p) for p in product("01", repeat=3)]
print(digits)
count = sum(1 for a, b, c in product(range(1, 20), repeat=3) if a * a + b * b == c * c and a < b)
print(count)
print(list(product([1, 2], "xy", [True])))

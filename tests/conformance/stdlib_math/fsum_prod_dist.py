import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print(type(e).__name__, e)

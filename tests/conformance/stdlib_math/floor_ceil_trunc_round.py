import math
for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 7, 10**20 + 0.5]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), type(math.floor(x)).__name__)
print(math.floor(-1e-300), math.ceil(1e-300))
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print(type(e).__name__, e)

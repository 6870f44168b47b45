import math
inf, nan = math.inf, math.nan
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, max(1, nan), max(nan, 1), min(nan, 1))
print(math.isnan(inf - inf), inf == float("inf"), -inf < -1e308, sorted([3, inf, -inf, 0]))
print(float("inf") == float("infinity"), float("-nan") != 0, abs(-inf), hash(inf), hash(-inf))
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2.0 ** 10000 if False else "skip", math.pow(10, 400) if False else "skip2")
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)

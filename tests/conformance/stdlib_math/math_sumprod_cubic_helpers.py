import math
def cbrt(x):
    return math.copysign(abs(x) ** (1 / 3), x)
print([round(cbrt(v), 10) for v in (27, -8, 2)])
def mean_std(xs):
    m = math.fsum(xs) / len(xs)
    return m, math.sqrt(math.fsum((x - m) ** 2 for x in xs) / len(xs))
print(mean_std([2, 4, 4, 4, 5, 5, 7, 9]))
print(math.hypot(*range(1, 5)), math.sqrt(sum(i * i for i in range(1, 5))))

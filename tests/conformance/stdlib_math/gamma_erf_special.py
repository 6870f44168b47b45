import math
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10), math.lgamma(0.5))
print(math.erf(0), math.erf(1), math.erfc(1), math.erf(-1) == -math.erf(1))
try:
    math.gamma(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.gamma(-2)
except ValueError as e:
    print(type(e).__name__, e)

import math
big = 10**400
print(math.log10(big), math.log2(2**1000 + 1), math.isqrt(big) == 10**200)
try:
    math.sqrt(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.gcd(2**100, 6**50), math.factorial(30) // math.factorial(28))
print(math.floor(big) == big, math.trunc(-7), math.ceil(True))

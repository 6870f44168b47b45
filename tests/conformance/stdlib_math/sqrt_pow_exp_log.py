import math
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10**40))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.exp(1), math.exp(0), math.expm1(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.log(2**1000), math.log10(10**50), math.log2(2**200))
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.isqrt, -1), (math.exp, 1000)]:
    try:
        fn(arg)
    except (ValueError, OverflowError) as e:
        print(fn.__name__, type(e).__name__, e)

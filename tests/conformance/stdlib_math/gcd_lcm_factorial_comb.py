import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(100))))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(100, 50))
for fn, args in [(math.factorial, (-1,)), (math.factorial, (2.0,)), (math.comb, (-1, 2)), (math.gcd, (1.5, 2))]:
    try:
        fn(*args)
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)

import math
for fn, arg in [(math.sqrt, "4"), (math.floor, "1"), (math.log, None), (math.sin, [1])]:
    try:
        fn(arg)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
class HasFloat:
    def __float__(self):
        return 16.0
class HasIndex:
    def __index__(self):
        return 5
print(math.sqrt(HasFloat()), math.factorial(HasIndex()), math.isqrt(HasIndex()))

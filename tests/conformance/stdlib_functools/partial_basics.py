from functools import partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), two_to(10, mod=1000), square(3, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10))
p2 = partial(partial(power, 3), mod=5)
print(p2(4), p2.func is power, p2.args, p2.keywords)
print(repr(partial(max, 1))[:25])
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)

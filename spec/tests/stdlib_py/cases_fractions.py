T = r'''
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
'''
CASES = [T + r'''
from fractions import Fraction as F
import math
a, b = F(1, 3), F(2, 4)
print(a, b, a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a), repr(a), a ** -2, F(-2, 3) ** -3, F(4, 9) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(2) ** 0.5)
print(F("3/7"), F("0.125"), F(0.5), F(1.1).limit_denominator(10), F(10, -4), F(" -1.5e3 "), F("1_000/3"), F("2E-2"), F(), F(7), F(F(1, 2)), F(F(1, 2), F(3, 4)), F(True), F(2.5), F(-0.0))
print(a < b, a == F(2, 6), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), float(F(1, 3)), F(1, 3) == 1 / 3, F(1, 2) < 0.75, F(5, 2) >= 2, F(1) == 1, F(1, 2) != F(1, 3), F(1, 2) < float('inf'), F(1, 2) == float('nan'))
print(a.numerator, a.denominator, F(7, 2).__floor__(), round(F(7, 2)), round(F(5, 2)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), round(F(-5, 2)))
print(sum(F(1, n) for n in range(1, 6)), F(1, 3) + 1, 2 * F(1, 3), F(1, 3) + 0.5, 1 - F(1, 3), 3 / F(2, 5), F(7, 3) // 2, F(7, 3) % F(1, 2), divmod(F(7, 3), F(1, 2)), 7 // F(2), 7 % F(3, 2), F(1, 3) * 1.5)
for bad in [lambda: F(1, 0), lambda: F(1, 3) / 0, lambda: F(0) ** -1, lambda: F('x'), lambda: F('1/0'), lambda: F('1.2.3'), lambda: F(1.5, 2), lambda: F([]), lambda: F(float('inf')), lambda: F(float('nan')), lambda: F(1, 3) % 0, lambda: F(1, 2).limit_denominator(0), lambda: F.from_float('x'), lambda: F('_1'), lambda: F('1__0'), lambda: F('.5'), lambda: F('5.'), lambda: F('e5'), lambda: F('+3/4')]:
    t(bad)
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F.from_float(0.1), F.from_float(3), F(1, 3).as_integer_ratio(), bool(F(0)), bool(F(1, 5)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1, 7)]), max(F(1, 2), 0.49), {F(1, 2), 0.5, F(2, 4)}, len({F(1, 2): 1, 0.5: 2}))
print([hash(F(n, d)) for n, d in [(1, 2), (-1, 2), (1, 3), (7, 1), (-1, 1), (10**20, 3), (1, 2**61 - 1)]])
import copy
print(copy.copy(a) is a, copy.deepcopy([a])[0] == a, F(1, 3).__reduce__())
class MyF(F):
    pass
m = MyF(1, 2)
print(type(m).__name__, m + 1, type(m + 1).__name__, repr(m), +m, type(+m).__name__)
import numbers
for v in [1, 1.5, F(1, 2), True, '1']:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Integral), isinstance(v, numbers.Rational), isinstance(v, numbers.Real), isinstance(v, numbers.Complex))
''']

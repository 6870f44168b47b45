from fractions import Fraction as F
a, b = F(1, 3), F(2, 4)
print(a, b, a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a))
print(F("3/7"), F("0.125"), F(0.5), F(1.1).limit_denominator(10), F(10, -4))
print(a < b, a == F(2, 6), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), float(F(1, 3)))
print(a.numerator, a.denominator, F(7, 2).__floor__(), round(F(7, 2)), round(F(5, 2)), int(F(-7, 2)))
print(sum(F(1, n) for n in range(1, 6)), F(1, 3) + 1, 2 * F(1, 3), F(1, 3) + 0.5)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

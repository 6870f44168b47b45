import numbers
from fractions import Fraction
from decimal import Decimal
for v in [1, 1.5, 1j, Fraction(1, 2), Decimal("1.5"), True, "1"]:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Integral), isinstance(v, numbers.Rational), isinstance(v, numbers.Real), isinstance(v, numbers.Complex))

"""A Rational number class written from scratch and verified against
fractions.Fraction: normalisation, the full numeric protocol (including
reflected and in-place operators, pow with integer exponents, divmod,
comparisons with ints and floats, hashing consistent with int/float),
parsing from strings, conversion to decimal expansions with repeating
parts, continued fractions and best rational approximations."""

from fractions import Fraction
from math import gcd, floor
import numbers


class Rational(numbers.Rational):
    __slots__ = ("_num", "_den")

    def __new__(cls, numerator=0, denominator=1):
        self = super().__new__(cls)
        if isinstance(numerator, str) and denominator == 1:
            numerator, denominator = cls._parse(numerator)
        elif isinstance(numerator, Rational) and denominator == 1:
            numerator, denominator = numerator._num, numerator._den
        if not isinstance(numerator, int) or not isinstance(denominator, int):
            raise TypeError("Rational needs int numerator and denominator")
        if denominator == 0:
            raise ZeroDivisionError(f"Rational({numerator}, 0)")
        g = gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._num = numerator // g
        self._den = denominator // g
        return self

    @staticmethod
    def _parse(text):
        text = text.strip().replace("_", "")
        if "/" in text:
            a, b = text.split("/")
            return int(a), int(b)
        sign = -1 if text.startswith("-") else 1
        text = text.lstrip("+-")
        mantissa, _, exp = text.lower().partition("e")
        whole, _, frac = mantissa.partition(".")
        if not (whole + frac).isdigit():
            raise ValueError(f"invalid literal for Rational: {text!r}")
        num = int(whole + frac or "0")
        den = 10 ** len(frac)
        e = int(exp) if exp else 0
        if e >= 0:
            num *= 10 ** e
        else:
            den *= 10 ** -e
        return sign * num, den

    @classmethod
    def from_float(cls, x):
        n, d = x.as_integer_ratio()
        return cls(n, d)

    @property
    def numerator(self):
        return self._num

    @property
    def denominator(self):
        return self._den

    def __repr__(self):
        return f"Rational({self._num}, {self._den})"

    def __str__(self):
        return str(self._num) if self._den == 1 else f"{self._num}/{self._den}"

    @staticmethod
    def _coerce(other):
        if isinstance(other, Rational):
            return other
        if isinstance(other, int):
            return Rational(other)
        if isinstance(other, Fraction):
            return Rational(other.numerator, other.denominator)
        return None

    def _binary(op_name, rational_op, float_op):
        def forward(self, other):
            o = Rational._coerce(other)
            if o is not None:
                return rational_op(self, o)
            if isinstance(other, float):
                return float_op(float(self), other)
            return NotImplemented

        def reverse(self, other):
            o = Rational._coerce(other)
            if o is not None:
                return rational_op(o, self)
            if isinstance(other, float):
                return float_op(other, float(self))
            return NotImplemented

        forward.__name__ = f"__{op_name}__"
        reverse.__name__ = f"__r{op_name}__"
        return forward, reverse

    __add__, __radd__ = _binary("add", lambda a, b: Rational(a._num * b._den + b._num * a._den, a._den * b._den), lambda x, y: x + y)
    __sub__, __rsub__ = _binary("sub", lambda a, b: Rational(a._num * b._den - b._num * a._den, a._den * b._den), lambda x, y: x - y)
    __mul__, __rmul__ = _binary("mul", lambda a, b: Rational(a._num * b._num, a._den * b._den), lambda x, y: x * y)
    __truediv__, __rtruediv__ = _binary("truediv", lambda a, b: Rational(a._num * b._den, a._den * b._num), lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _binary("floordiv", lambda a, b: (a._num * b._den) // (a._den * b._num), lambda x, y: x // y)
    __mod__, __rmod__ = _binary("mod", lambda a, b: a - b * ((a._num * b._den) // (a._den * b._num)), lambda x, y: x % y)
    del _binary

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __pow__(self, exp):
        if isinstance(exp, int):
            if exp >= 0:
                return Rational(self._num ** exp, self._den ** exp)
            if self._num == 0:
                raise ZeroDivisionError("0 cannot be raised to a negative power")
            return Rational(self._den ** -exp, self._num ** -exp)
        if isinstance(exp, Rational) and exp._den == 1:
            return self ** exp._num
        return float(self) ** float(exp)

    def __rpow__(self, base):
        if self._den == 1:
            return base ** self._num
        return base ** float(self)

    def __neg__(self):
        return Rational(-self._num, self._den)

    def __pos__(self):
        return Rational(self._num, self._den)

    def __abs__(self):
        return Rational(abs(self._num), self._den)

    def __trunc__(self):
        return -(-self._num // self._den) if self._num < 0 else self._num // self._den

    def __int__(self):
        return self.__trunc__()

    def __floor__(self):
        return self._num // self._den

    def __ceil__(self):
        return -(-self._num // self._den)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._num, self._den)
            twice = 2 * r
            if twice > self._den or (twice == self._den and q % 2 == 1):
                q += 1
            return q
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Rational(round(self * shift), shift)
        return Rational(round(self / shift) * shift)

    def __float__(self):
        return self._num / self._den

    def _cmp(self, other, op):
        o = Rational._coerce(other)
        if o is not None:
            return op(self._num * o._den, o._num * self._den)
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return op(0.0, other)
            return op(self, Rational.from_float(other))
        return NotImplemented

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._num != 0

    def __hash__(self):
        return hash(Fraction(self._num, self._den))

    def decimal(self, max_digits=40):
        """Decimal expansion with the repeating part in parentheses."""
        sign = "-" if self._num < 0 else ""
        n, d = abs(self._num), self._den
        whole, rem = divmod(n, d)
        digits = []
        seen = {}
        while rem and rem not in seen and len(digits) < max_digits:
            seen[rem] = len(digits)
            rem *= 10
            digits.append(str(rem // d))
            rem %= d
        if not digits:
            return f"{sign}{whole}"
        if rem and rem in seen:
            start = seen[rem]
            return f"{sign}{whole}.{''.join(digits[:start])}({''.join(digits[start:])})"
        suffix = "..." if rem else ""
        return f"{sign}{whole}.{''.join(digits)}{suffix}"

    def continued_fraction(self):
        n, d = self._num, self._den
        terms = []
        while d:
            q = floor(Rational(n, d))
            terms.append(q)
            n, d = d, n - q * d
        return terms

    def limit_denominator(self, max_den):
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._num, self._den
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_den:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
            if d == 0:
                return Rational(p1, q1)
        k = (max_den - q0) // q1
        b1 = Rational(p0 + k * p1, q0 + k * q1)
        b2 = Rational(p1, q1)
        return b2 if abs(b2 - self) <= abs(b1 - self) else b1


def check(label, mine, ref):
    if isinstance(mine, Rational):
        ok = (mine.numerator, mine.denominator) == (ref.numerator, ref.denominator)
    else:
        ok = mine == ref and type(mine) is type(ref)
    print(f"{label:<28} {str(mine):<26} {'ok' if ok else 'MISMATCH ' + repr(ref)}")


def main():
    a, b = Rational(3, -4), Rational("5/6")
    fa, fb = Fraction(3, -4), Fraction(5, 6)
    print(repr(a), repr(b), str(Rational(10, 5)), Rational(0, -7), Rational("-1.25e1"), Rational(" 0.0625 "))
    for label, m, r in [
        ("a + b", a + b, fa + fb), ("a - b", a - b, fa - fb), ("a * b", a * b, fa * fb), ("a / b", a / b, fa / fb),
        ("a // b", a // b, fa // fb), ("a % b", a % b, fa % fb), ("2 - a", 2 - a, 2 - fa), ("1 / b", 1 / b, 1 / fb),
        ("a ** 3", a ** 3, fa ** 3), ("b ** -2", b ** -2, fb ** -2), ("-a", -a, -fa), ("abs(a)", abs(a), abs(fa)),
        ("divmod(b, a)[1]", divmod(b, a)[1], divmod(fb, fa)[1]), ("7 // b", 7 // b, 7 // fb), ("7 % b", 7 % b, 7 % fb),
        ("round(b)", round(b), round(fb)), ("round(Rational(5,2))", round(Rational(5, 2)), round(Fraction(5, 2))),
        ("round(Rational(7,2))", round(Rational(7, 2)), round(Fraction(7, 2))), ("round(b, 2)", round(b, 2), round(fb, 2)),
        ("floor(a)", floor(a), floor(fa)), ("int(a)", int(a), int(fa)), ("a + Fraction", a + Fraction(1, 4), fa + Fraction(1, 4)),
    ]:
        check(label, m, r)
    print("float mixing:", a + 0.5, 0.5 * b, b ** 0.5 == float(fb) ** 0.5, 2 ** Rational(3), 4 ** Rational(1, 2))
    print("comparisons:", a < b, a <= -0.75, a == -0.75, b > 0.8, Rational(1, 2) == Fraction(1, 2), Rational(2) == 2, a < float("inf"), a == float("nan"))
    print("hash consistency:", hash(Rational(1, 2)) == hash(0.5), hash(Rational(7)) == hash(7), hash(a) == hash(fa), len({Rational(2, 4), Fraction(1, 2), 0.5}))
    print("sorting:", [str(x) for x in sorted([Rational(1, 3), Rational(-2), Rational(5, 7), Rational(1, 2), Rational(0)])])
    print("sum of 1/n, n=1..20:", sum(Rational(1, n) for n in range(1, 21)), sum((Rational(1, n) for n in range(1, 21)), Rational(0)) == sum(Fraction(1, n) for n in range(1, 21)))
    for x in [Rational(1, 3), Rational(1, 7), Rational(22, 7), Rational(-5, 12), Rational(1, 8), Rational(1, 97), Rational(3)]:
        print(f"decimal {str(x):>6} = {x.decimal()}")
    pi = Rational.from_float(3.141592653589793)
    print("pi as rational:", pi, "cf:", pi.continued_fraction()[:8])
    for limit in (10, 100, 1000, 100000):
        mine, ref = pi.limit_denominator(limit), Fraction(3.141592653589793).limit_denominator(limit)
        print(f"limit_denominator({limit}) = {mine} ({'ok' if (mine.numerator, mine.denominator) == (ref.numerator, ref.denominator) else 'MISMATCH'})")
    print("isinstance Rational/Real/Number:", isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(a, numbers.Number))
    print("bool:", bool(Rational(0)), bool(a), "trunc/ceil:", Rational(-7, 2).__trunc__(), Rational(-7, 2).__ceil__())
    for thunk in [lambda: Rational(1, 0), lambda: Rational(1.5), lambda: Rational("abc"), lambda: a / 0, lambda: Rational(0) ** -1, lambda: a + "x"]:
        try:
            thunk()
        except (ZeroDivisionError, TypeError, ValueError) as e:
            print(f"{type(e).__name__}: {e}")
    total = Rational(0)
    acc = total
    for k in range(1, 8):
        acc += Rational((-1) ** (k + 1), k)
    print("alternating harmonic H7:", acc, acc.decimal(12), "in-place did not mutate:", total)


main()

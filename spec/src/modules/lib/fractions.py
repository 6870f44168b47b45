"""Fraction, infinite-precision, rational numbers (Quicken's fractions).

The arithmetic, comparisons, hashing, rounding, string parsing, reprs and
messages of CPython 3.11's fractions.Fraction.
"""

import math
import numbers

__all__ = ['Fraction']

_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159


def _digits_ok(s):
    # \d+(_\d+)*
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    for ch in s:
        if ch != '_' and not ch.isdecimal():
            return False
    return True


def _parse_rational(text):
    """Parse CPython's _RATIONAL_FORMAT; (sign, num, denom, decimal, exp) or None."""
    s = text.strip()
    i = 0
    n = len(s)
    sign = ''
    if i < n and s[i] in '+-':
        sign = s[i]
        i += 1
    # lookahead: a digit, or '.' followed by a digit
    if not (i < n and (s[i].isdecimal() or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = i
    while j < n and (s[j].isdecimal() or s[j] == '_'):
        j += 1
    num = s[i:j]
    if num and not _digits_ok(num):
        return None
    rest = s[j:]
    denom = decimal = exp = None
    if rest.startswith('/'):
        denom = rest[1:]
        if not _digits_ok(denom):
            return None
        return sign, num, denom, None, None
    if rest.startswith('.'):
        k = 1
        while k < len(rest) and (rest[k].isdecimal() or rest[k] == '_'):
            k += 1
        decimal = rest[1:k]
        if decimal and not _digits_ok(decimal):
            return None
        rest = rest[k:]
    if rest[:1] in ('e', 'E'):
        e = rest[1:]
        body = e[1:] if e[:1] in ('+', '-') else e
        if not _digits_ok(body):
            return None
        exp = e
        rest = ''
    if rest:
        return None
    return sign, num, None, decimal, exp


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or isinstance(x, numbers.Rational)


def _is_real(x):
    return isinstance(x, float) or isinstance(x, numbers.Real)


def _new(numerator, denominator):
    self = object.__new__(Fraction)
    self._numerator = numerator
    self._denominator = denominator
    return self


def _modinv(a, m):
    # Inverse of a modulo the prime m, or None when a % m == 0.
    a %= m
    if a == 0:
        return None
    t, newt, r, newr = 0, 1, m, a
    while newr:
        q = r // newr
        t, newt = newt, t - q * newt
        r, newr = newr, r - q * newr
    return t % m


class Fraction(numbers.Rational):
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or type(numerator).__name__ == 'Decimal':
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                m = _parse_rational(numerator)
                if m is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                sign, num, denom, decimal, exp = m
                numerator = int(num or '0')
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    if decimal:
                        decimal = decimal.replace('_', '')
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if sign == '-':
                    numerator = -numerator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if type(dec).__name__ != 'Decimal':
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        else:
            return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        else:
            return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: exact for ints and Fractions, float/complex otherwise

    def _add(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _new(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _new(t, s * db)
        return _new(t // g2, s * (db // g2))

    def _sub(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _new(na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _new(t, s * db)
        return _new(t // g2, s * (db // g2))

    def _mul(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return _new(na * nb, db * da)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _new(n, d)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def _forward(a, b, mono, fallback):
        if isinstance(b, (int, Fraction)):
            return mono(a, b)
        elif isinstance(b, float):
            return fallback(float(a), b)
        elif type(b).__name__ == 'complex':
            return fallback(complex(a), b)
        else:
            return NotImplemented

    def _reverse(b, a, mono, fallback):
        if _is_rational(a):
            return mono(a, b)
        elif _is_real(a):
            return fallback(float(a), float(b))
        elif isinstance(a, numbers.Complex):
            return fallback(complex(a), complex(b))
        else:
            return NotImplemented

    def __add__(a, b):
        return a._forward(b, Fraction._add, _op_add)

    def __radd__(b, a):
        return b._reverse(a, Fraction._add, _op_add)

    def __sub__(a, b):
        return a._forward(b, Fraction._sub, _op_sub)

    def __rsub__(b, a):
        return b._reverse(a, Fraction._sub, _op_sub)

    def __mul__(a, b):
        return a._forward(b, Fraction._mul, _op_mul)

    def __rmul__(b, a):
        return b._reverse(a, Fraction._mul, _op_mul)

    def __truediv__(a, b):
        return a._forward(b, Fraction._div, _op_truediv)

    def __rtruediv__(b, a):
        return b._reverse(a, Fraction._div, _op_truediv)

    def __floordiv__(a, b):
        return a._forward(b, Fraction._floordiv, _op_floordiv)

    def __rfloordiv__(b, a):
        return b._reverse(a, Fraction._floordiv, _op_floordiv)

    def __divmod__(a, b):
        return a._forward(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._reverse(a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return a._forward(b, Fraction._mod, _op_mod)

    def __rmod__(b, a):
        return b._reverse(a, Fraction._mod, _op_mod)

    def __pow__(a, b):
        """a ** b"""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _new(a._numerator ** power, a._denominator ** power)
                elif a._numerator > 0:
                    return _new(a._denominator ** -power, a._numerator ** -power)
                elif a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power,))
                else:
                    return _new((-a._denominator) ** -power, (-a._numerator) ** -power)
            else:
                return float(a) ** float(b)
        else:
            return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return _new(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _new(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _new(abs(a._numerator), a._denominator)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits) -- rounds half toward even."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            if remainder * 2 < self.denominator:
                return floor
            elif remainder * 2 > self.denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __hash__(self):
        """hash(self)"""
        dinv = _modinv(self._denominator, _PyHASH_MODULUS)
        if dinv is None:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and a._denominator == b.denominator)
        if type(b).__name__ == 'complex' and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            else:
                return a == a.from_float(b)
        else:
            return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            else:
                return op(self, self.from_float(other))
        else:
            return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, _op_lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, _op_gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, _op_le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, _op_ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _op_add(a, b):
    return a + b


def _op_sub(a, b):
    return a - b


def _op_mul(a, b):
    return a * b


def _op_truediv(a, b):
    return a / b


def _op_floordiv(a, b):
    return a // b


def _op_mod(a, b):
    return a % b


def _op_lt(a, b):
    return a < b


def _op_gt(a, b):
    return a > b


def _op_le(a, b):
    return a <= b


def _op_ge(a, b):
    return a >= b

"""A unit-conversion calculator built on enums.

Dimensions are vectors of base-unit exponents; units are Enum members
carrying a scale factor (as an exact Fraction) and a dimension; Quantity
objects support arithmetic that tracks dimensions, conversion between
compatible units, affine temperature scales, and a small expression
parser such as "3 km / 15 min in km/h"."""

from enum import Enum
from fractions import Fraction
import re


class Dim(tuple):
    """Exponents of (length, mass, time, temperature)."""

    NAMES = ("m", "kg", "s", "K")

    def __new__(cls, length=0, mass=0, time=0, temp=0):
        return super().__new__(cls, (length, mass, time, temp))

    def __mul__(self, other):
        return Dim(*(a + b for a, b in zip(self, other)))

    def __truediv__(self, other):
        return Dim(*(a - b for a, b in zip(self, other)))

    def __pow__(self, n):
        return Dim(*(a * n for a in self))

    def __str__(self):
        parts = []
        for name, e in zip(self.NAMES, self):
            if e == 1:
                parts.append(name)
            elif e:
                parts.append(f"{name}^{e}")
        return "·".join(parts) or "1"


LENGTH, MASS, TIME, TEMP = Dim(1), Dim(0, 1), Dim(0, 0, 1), Dim(0, 0, 0, 1)
NONE = Dim()


class Unit(Enum):
    # symbol, scale to SI, dimension
    METRE = ("m", 1, LENGTH)
    KILOMETRE = ("km", 1000, LENGTH)
    CENTIMETRE = ("cm", Fraction(1, 100), LENGTH)
    MILE = ("mi", Fraction(1609344, 1000), LENGTH)
    FOOT = ("ft", Fraction(3048, 10000), LENGTH)
    INCH = ("in", Fraction(254, 10000), LENGTH)
    KILOGRAM = ("kg", 1, MASS)
    GRAM = ("g", Fraction(1, 1000), MASS)
    POUND = ("lb", Fraction(45359237, 100000000), MASS)
    SECOND = ("s", 1, TIME)
    MINUTE = ("min", 60, TIME)
    HOUR = ("h", 3600, TIME)
    DAY = ("day", 86400, TIME)
    LITRE = ("L", Fraction(1, 1000), LENGTH ** 3)
    GALLON = ("gal", Fraction(3785411784, 10 ** 12), LENGTH ** 3)
    NEWTON = ("N", 1, MASS * LENGTH / TIME ** 2)
    JOULE = ("J", 1, MASS * LENGTH ** 2 / TIME ** 2)
    KILOWATT_HOUR = ("kWh", 3600000, MASS * LENGTH ** 2 / TIME ** 2)
    CALORIE = ("cal", Fraction(4184, 1000), MASS * LENGTH ** 2 / TIME ** 2)
    KELVIN = ("K", 1, TEMP)
    CELSIUS = ("degC", 1, TEMP)
    FAHRENHEIT = ("degF", Fraction(5, 9), TEMP)

    def __init__(self, symbol, scale, dim):
        self.symbol = symbol
        self.scale = Fraction(scale)
        self.dim = dim

    @property
    def offset(self):
        # K = scale * value + offset for affine temperature units
        return {"degC": Fraction(27315, 100), "degF": Fraction(45967, 180)}.get(self.symbol, Fraction(0))

    @classmethod
    def parse(cls, symbol):
        for u in cls:
            if u.symbol == symbol:
                return u
        raise ConversionError(f"unknown unit {symbol!r}")


class ConversionError(ValueError):
    pass


class Quantity:
    def __init__(self, value, scale=1, dim=NONE, label=None):
        self.si = Fraction(value) * Fraction(scale)  # value in SI base units
        self.dim = dim
        self.label = label

    @classmethod
    def of(cls, value, unit):
        q = cls(0, 1, unit.dim, unit.symbol)
        q.si = Fraction(value) * unit.scale + unit.offset
        return q

    def to(self, unit):
        if not isinstance(unit, Unit):
            return self.to_compound(unit)
        if unit.dim != self.dim:
            raise ConversionError(f"cannot convert {self.dim} to {unit.symbol} ({unit.dim})")
        return (self.si - unit.offset) / unit.scale

    def to_compound(self, spec):
        scale, dim = parse_unit_expr(spec)
        if dim != self.dim:
            raise ConversionError(f"cannot convert {self.dim} to {spec} ({dim})")
        return self.si / scale

    def _combine(self, other, op):
        if isinstance(other, Quantity):
            return other
        return Quantity(other)

    def __add__(self, other):
        other = self._combine(other, "+")
        if other.dim != self.dim:
            raise ConversionError(f"cannot add {self.dim} and {other.dim}")
        return Quantity(self.si + other.si, 1, self.dim)

    def __sub__(self, other):
        other = self._combine(other, "-")
        if other.dim != self.dim:
            raise ConversionError(f"cannot subtract {other.dim} from {self.dim}")
        return Quantity(self.si - other.si, 1, self.dim)

    def __mul__(self, other):
        other = self._combine(other, "*")
        return Quantity(self.si * other.si, 1, self.dim * other.dim)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._combine(other, "/")
        if other.si == 0:
            raise ZeroDivisionError("division by a zero quantity")
        return Quantity(self.si / other.si, 1, self.dim / other.dim)

    def __pow__(self, n):
        return Quantity(self.si ** n, 1, self.dim ** n)

    def __eq__(self, other):
        return isinstance(other, Quantity) and self.dim == other.dim and self.si == other.si

    def __lt__(self, other):
        if other.dim != self.dim:
            raise ConversionError("cannot compare different dimensions")
        return self.si < other.si

    __hash__ = None

    def __repr__(self):
        return f"Quantity({float(self.si):g} {self.dim})"


def parse_unit_expr(spec):
    """Parse 'km/h', 'm/s^2', 'kg*m^2/s^2' into (scale, dim)."""
    scale = Fraction(1)
    dim = NONE
    sign = 1
    for token in re.findall(r"[*/]|[A-Za-z]+(?:\^-?\d+)?", spec):
        if token == "/":
            sign = -1
            continue
        if token == "*":
            continue
        name, _, power = token.partition("^")
        unit = Unit.parse(name)
        if unit.offset:
            raise ConversionError(f"{name} cannot be used in a compound unit")
        n = int(power or 1) * sign
        scale *= unit.scale ** n
        dim = dim * unit.dim ** n
    return scale, dim


def evaluate(expr):
    """'<number> <unit> [(*|/) <number> <unit>]... in <unit>'"""
    source, _, target = expr.rpartition(" in ")
    tokens = re.findall(r"-?\d+(?:\.\d+)?|[*/]|[A-Za-z][\w^]*(?:/[A-Za-z][\w^]*)*", source)
    result = None
    op = "*"
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in "*/":
            op = tok
            i += 1
            continue
        value = Fraction(tok)
        i += 1
        unit_text = tokens[i] if i < len(tokens) and tokens[i] not in "*/" else None
        if unit_text is not None:
            i += 1
            if unit_text in ("degC", "degF"):
                q = Quantity.of(value, Unit.parse(unit_text))
            else:
                scale, dim = parse_unit_expr(unit_text)
                q = Quantity(value, scale, dim)
        else:
            q = Quantity(value)
        result = q if result is None else (result * q if op == "*" else result / q)
    target = target.strip()
    if target in ("degC", "degF", "K"):
        return result.to(Unit.parse(target))
    return result.to_compound(target)


def fmt(x):
    f = float(x)
    return f"{f:.6g}" if x.denominator != 1 else str(x.numerator)


def main():
    print("units:", len(Unit), [u.symbol for u in Unit][:8], Unit.MILE.name, Unit["GRAM"].symbol)
    print("dimensions:", str(Unit.NEWTON.dim), str(Unit.LITRE.dim), str(Unit.JOULE.dim / Unit.SECOND.dim), str(NONE))
    marathon = Quantity.of(Fraction(42195, 1000), Unit.KILOMETRE)
    print("marathon in miles:", fmt(marathon.to(Unit.MILE)), "in feet:", fmt(marathon.to(Unit.FOOT)))
    print("1 mile in km exactly:", marathon.to(Unit.MILE).limit_denominator(1000), Quantity.of(1, Unit.MILE).to(Unit.KILOMETRE))
    for value, unit in [(100, Unit.CELSIUS), (-40, Unit.FAHRENHEIT), (0, Unit.KELVIN), (98.6, Unit.FAHRENHEIT)]:
        q = Quantity.of(Fraction(str(value)), unit)
        print(f"{value} {unit.symbol}: {fmt(q.to(Unit.CELSIUS))} degC, {fmt(q.to(Unit.FAHRENHEIT))} degF, {fmt(q.to(Unit.KELVIN))} K")
    speed = Quantity.of(3, Unit.KILOMETRE) / Quantity.of(15, Unit.MINUTE)
    print("speed:", speed, "km/h:", fmt(speed.to("km/h")), "mi/h:", fmt(speed.to("mi/h")), "m/s:", fmt(speed.to("m/s")))
    force = Quantity.of(10, Unit.KILOGRAM) * Quantity(Fraction(981, 100), 1, LENGTH / TIME ** 2)
    print("force:", force, "N:", fmt(force.to(Unit.NEWTON)), "same dim as N:", force.dim == Unit.NEWTON.dim)
    energy = force * Quantity.of(2, Unit.METRE)
    print("energy J:", fmt(energy.to(Unit.JOULE)), "cal:", fmt(energy.to(Unit.CALORIE)), "kWh:", fmt(energy.to(Unit.KILOWATT_HOUR)))
    area = Quantity.of(3, Unit.METRE) ** 2
    print("area:", area, "sq ft:", fmt(area.to("ft^2")))
    print("gallons in 10 L:", fmt(Quantity.of(10, Unit.LITRE).to(Unit.GALLON)))
    print("sorting lengths:", [q.label for q in sorted([Quantity.of(1, Unit.MILE), Quantity.of(1, Unit.KILOMETRE), Quantity.of(1, Unit.FOOT), Quantity.of(1000, Unit.INCH)])])
    print("equality:", Quantity.of(1, Unit.KILOMETRE) == Quantity.of(1000, Unit.METRE), Quantity.of(1, Unit.KILOGRAM) == Quantity.of(1000, Unit.GRAM))

    expressions = [
        "3 km / 15 min in km/h",
        "60 mi/h in km/h",
        "100 m / 9.58 s in km/h",
        "2 kg * 3 m / 4 s^2 in N",
        "1 kWh in J",
        "5 lb in kg",
        "350 degF in degC",
        "20 degC in K",
        "1 day in min",
        "12 in * 12 in * 12 in in L",
        "3 m in kg",
        "5 furlong in m",
        "1 degC * 2 degC in K",
    ]
    for e in expressions:
        try:
            print(f"{e:<30} = {fmt(evaluate(e))}")
        except (ConversionError, ZeroDivisionError) as err:
            print(f"{e:<30} ! {type(err).__name__}: {err}")
    for bad in [lambda: Quantity.of(1, Unit.METRE) + Quantity.of(1, Unit.SECOND),
                lambda: Quantity.of(1, Unit.METRE) < Quantity.of(1, Unit.KILOGRAM),
                lambda: Quantity.of(1, Unit.METRE) / Quantity(0),
                lambda: hash(Quantity(1)),
                lambda: Unit.parse("parsec")]:
        try:
            bad()
        except (ConversionError, ZeroDivisionError, TypeError) as err:
            print(f"{type(err).__name__}: {err}")


main()

from fractions import Fraction

class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float, Fraction)):
            return Meters(self.v * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, o):
        if isinstance(o, Meters):
            return self.v / o.v
        return Meters(self.v / o)
    def __eq__(self, o):
        return isinstance(o, Meters) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"{self.v}m"

a, b = Meters(3), Meters(4)
print(a + b, 2 * a, a * 2.5, b / a, b / 2, a * Fraction(1, 3))
print(sorted([b, a, Meters(1)]), a == Meters(3), a == 3)
try:
    a + 3
except TypeError as e:
    print(type(e).__name__, e)

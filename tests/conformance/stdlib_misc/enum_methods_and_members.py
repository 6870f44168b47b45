from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name.title()}: g={self.surface_gravity:.2f}"

for p in Planet:
    print(p.describe(), p.value)

class Op(Enum):
    ADD = "+"
    SUB = "-"
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
    @classmethod
    def parse(cls, s):
        return cls(s)
print(Op.parse("-").apply(5, 3), Op.ADD.apply(1, 2), Op("+") is Op.ADD)

class Temp:
    unit = "C"

    def __init__(self, deg):
        self.deg = deg

    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def valid(v):
        return v > -273.15

    def show(self):
        return f"{self.deg}{self.unit}"

t = Temp.from_f(212)
print(t.show(), Temp.valid(-300), t.valid(0))

class Kelvin(Temp):
    unit = "K"

k = Kelvin.from_f(32)
print(type(k).__name__, k.show())
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)

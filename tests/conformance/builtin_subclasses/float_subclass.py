class Celsius(float):
    def __repr__(self):
        return f"{float(self)}C"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)

c = Celsius(36.6)
print(c, repr(c), str(c), c.to_f(), type(c + 1).__name__)
print(round(c), type(round(c, 1)).__name__, c.is_integer(), c > 30)
print(f"{c:.3f}", float(c), type(float(c)).__name__)
print(Celsius("12.5"), Celsius())

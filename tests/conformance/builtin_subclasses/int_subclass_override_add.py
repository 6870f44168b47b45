class Wrapping(int):
    MOD = 256
    def __new__(cls, v):
        return super().__new__(cls, v % cls.MOD)
    def __add__(self, o):
        return Wrapping(int(self) + int(o))
    __radd__ = __add__
    def __repr__(self):
        return f"W{int(self)}"

x = Wrapping(250)
print(x + 10, 10 + x, x + x, sum([x, x, x], Wrapping(0)))
print(x * 2, type(x * 2).__name__)
print(Wrapping(300), Wrapping(-1))

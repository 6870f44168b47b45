class Celsius:
    __slots__ = ("_c",)

    def __init__(self, c):
        self._c = c

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = float(v)

    @property
    def f(self):
        return self._c * 1.8 + 32

t = Celsius(100)
print(t.c, t.f)
t.c = "37"
print(t.c, round(t.f, 2))
try:
    t.k = 1
except AttributeError as e:
    print(type(e).__name__, e)

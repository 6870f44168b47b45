class Temp:
    def __init__(self):
        self._c = 0

    def get_f(self):
        return self._c * 9 / 5 + 32

    def set_f(self, f):
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(get_f, set_f, None, "temp in F")

t = Temp()
print(t.fahrenheit)
t.fahrenheit = 212
print(t._c, t.fahrenheit)
print(Temp.fahrenheit.__doc__)
print(Temp.fahrenheit.fget is Temp.get_f, Temp.fahrenheit.fdel)
p = property()
class X:
    attr = p
try:
    X().attr
except AttributeError as e:
    print(type(e).__name__, e)

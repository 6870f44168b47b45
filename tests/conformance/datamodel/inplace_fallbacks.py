class OnlyBinary:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return OnlyBinary(self.v * o)
    def __sub__(self, o):
        return OnlyBinary(self.v - o)
    def __pow__(self, o):
        return OnlyBinary(self.v ** o)

x = OnlyBinary(3)
y = x
x *= 4
x -= 2
x **= 2
print(x.v, y.v, x is y)

class InplaceNotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"

z = InplaceNotImpl()
z += 1
print(z)
class Neither:
    pass
n = Neither()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n @= 1
except TypeError as e:
    print(type(e).__name__, e)

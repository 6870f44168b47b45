class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

i = Idx(2)
data = list("abcdef")
print(data[i], data[Idx(1):Idx(4)], "xyz"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(3), operator_index := Idx(7).__index__())
import operator
print(operator.index(Idx(9)))
class BadIdx:
    def __index__(self):
        return "no"
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    fidx = 1.0
    [1, 2][fidx]
except TypeError as e:
    print(type(e).__name__, e)

class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = None

vs = [Vec(i, i * i) for i in range(4)]
print(vs)
print(Vec(1, 1) == vs[1], hasattr(Vec(0, 0), "__weakref__"))
try:
    hash(vs[0])
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(vs[2], "y"), [getattr(v, "x") for v in vs])

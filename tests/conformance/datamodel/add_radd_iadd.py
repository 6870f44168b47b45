class V:
    def __init__(self, *c):
        self.c = c

    def __add__(self, other):
        if isinstance(other, V):
            return V(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(a + other for a in self.c))
        return NotImplemented

    def __radd__(self, other):
        print("radd with", type(other).__name__)
        return self + other

    def __repr__(self):
        return f"V{self.c}"

print(V(1, 2) + V(10, 20))
print(V(1, 2) + 5)
print(5 + V(1, 2))
print(sum([V(1, 1), V(2, 2), V(3, 3)], V(0, 0)))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
v = V(1)
w = v
v += V(5)
print(v, w, v is w)

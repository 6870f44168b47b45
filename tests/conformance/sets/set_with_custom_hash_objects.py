class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(2, 1) in s)
print(s)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"C{self.v}"
print({Collide(i) for i in range(5)}, len({Collide(1), Collide(1)}))

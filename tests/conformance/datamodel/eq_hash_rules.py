class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a},{self.b})"

d = {Key(1, 2): "x", Key(3, 4): "y"}
print(d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d)
s = {Key(1, 2), Key(1, 2), Key(2, 1)}
print(len(s))
print(hash(Key(1, 2)) == hash((1, 2)))

class InheritsHash(Key):
    pass
print(hash(InheritsHash(1, 2)) == hash(Key(1, 2)))

class OverridesEqOnly(Key):
    def __eq__(self, o):
        return True
print(OverridesEqOnly.__hash__)

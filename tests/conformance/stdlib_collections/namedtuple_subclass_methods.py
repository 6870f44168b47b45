from collections import namedtuple

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"<{self.x},{self.y}>"

v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm, Vec(3, 4).norm, v._replace(y=0), v._asdict())
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))
print(isinstance(v, tuple), Vec._fields, hash(Vec(1, 2)) == hash((1, 2)))

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, "two")
print(p)
print(p == Point(1, "two"), p == Point(2, "two"), p != Point(1, "two"))
print(Point.__hash__)

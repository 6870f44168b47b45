class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, o):
        return Point(self.x + o[0], self.y + o[1])

p = Point(1, 2)
print(p, p + Point(3, 4), p + (10, 10), len(p), p == (1, 2))
x, y = p
print(x, y, type(p[:]).__name__, hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

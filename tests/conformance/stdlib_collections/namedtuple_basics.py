from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), p.x, p[1], len(p), p == (1, 2), tuple(p))
x, y = p
print(x + y, Point._fields, Point.__name__)
print(p._replace(x=10), p._asdict(), type(p._asdict()).__name__)
print(Point._make([5, 6]), Point(y=3, x=4))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)

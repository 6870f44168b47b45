from dataclasses import dataclass, field, asdict, astuple, fields

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
q = Point(1, 0)
print(p, p == q, p is q, p != Point(2))
p.tags.append("a")
print(p, q.tags, asdict(p), astuple(p))
print([f.name for f in fields(Point)], Point.__dataclass_fields__["y"].default)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__hash__)

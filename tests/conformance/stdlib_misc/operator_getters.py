import operator as op
from collections import namedtuple
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.5)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)))
print(op.itemgetter(0, 2)(rows[0]), op.itemgetter(slice(1, None))("hello"), op.itemgetter("k")({"k": 5}))
P = namedtuple("P", "name age")
people = [P("x", 30), P("y", 20)]
print([p.name for p in sorted(people, key=op.attrgetter("age"))], op.attrgetter("name", "age")(people[0]))
class Obj:
    class inner:
        val = "deep"
print(op.attrgetter("inner.val")(Obj))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",", 1)("a,b,c"), op.methodcaller("replace", "a", "b")("aaa"))
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("f", 1, k=2)))

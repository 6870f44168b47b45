# LOAD_ATTR_INSTANCE_VALUE/METHOD_WITH_VALUES/NONDESCRIPTOR: __class__ assignment between classes after the sites are warmed
class A:
    kind = "A"
    def __init__(self):
        self.x = 1
    def m(self):
        return "A.m"
class B:
    kind = "B"
    x = property(lambda self: "B.x property")
    def m(self):
        return "B.m"
class C:
    def m(self):
        return "C.m"

def read(o):
    return (o.x, o.kind, o.m())

objs = [A() for i in range(6)]
for i in range(300):
    read(objs[i % 6])
print("warm", read(objs[0]))

for o in objs[::2]:
    o.__class__ = B
res = set()
for i in range(100):
    res.add(read(objs[i % 6]))
print("to B", sorted(map(str, res)))

objs[1].__class__ = C
errs = set()
for i in range(100):
    try:
        res.add(read(objs[i % 6]))
    except AttributeError as e:
        errs.add(str(e))
print("to C", sorted(errs))
for o in objs:
    o.__class__ = A
print("back", set(read(objs[i % 6]) for i in range(100)))
try:
    objs[0].__class__ = int
except TypeError as e:
    print("TypeError", e)

# STORE_ATTR_INSTANCE_VALUE/LOAD_ATTR_INSTANCE_VALUE: class attr is a D instance whose class gains __set__ / __get__ later
class D:
    def __init__(self):
        self.stored = []
class C:
    x = D()

def store(o, v):
    o.x = v
def load(o):
    return o.x

c = C()
for i in range(300):
    store(c, i)
    load(c)
print("warm", load(c), C.x.stored)

D.__set__ = lambda self, obj, v: self.stored.append(v)
for i in range(100):
    store(c, -i)
print("gains __set__", len(C.x.stored), type(load(c)).__name__, c.__dict__["x"])

D.__get__ = lambda self, obj, typ: ("get", len(self.stored))
print("gains __get__", set(load(c) for i in range(80)))
del D.__set__
for i in range(100):
    store(c, i)
print("only __get__", load(c))
del D.__get__
print("plain", load(c))
D.__delete__ = lambda self, obj: self.stored.append("deleted")
errs = set()
for i in range(100):
    try:
        store(c, i)
    except AttributeError as e:
        errs.add(str(e))
del c.x
print("__delete__ makes it data", sorted(errs), C.x.stored[-1], load(c) is C.x, c.__dict__)

# STORE_ATTR_INSTANCE_VALUE: attribute stores warmed, then a property with a setter added to the class, then removed
class C:
    def __init__(self):
        self.x = 0
        self.y = 0

def store(o, v):
    o.x = v

objs = [C() for i in range(10)]
for i in range(300):
    store(objs[i % 10], i)
print("warm", sum(o.x for o in objs))

log = []
C.x = property(lambda self: "prop", lambda self, v: log.append(v))
for i in range(100):
    store(objs[i % 10], i)
print("setter", len(log), log[-1], objs[0].x, objs[0].__dict__["x"])

C.x = property(lambda self: "readonly")
errs = set()
for i in range(80):
    try:
        store(objs[i % 10], i)
    except AttributeError as e:
        errs.add(str(e))
print("no setter", sorted(errs))

del C.x
for i in range(100):
    store(objs[i % 10], -i)
print("removed", sum(o.x for o in objs))

C.x = 5
for i in range(100):
    store(objs[i % 10], i * 2)
print("nondata class attr", sum(o.x for o in objs), C.x)
fresh = [C.__new__(C) for i in range(5)]
for i in range(80):
    store(fresh[i % 5], i)
print("fresh no init", [sorted(vars(f)) for f in fresh[:1]], sum(f.x for f in fresh))

# LOAD_ATTR_WITH_HINT/STORE_ATTR_WITH_HINT: instance dict made non-compact by del, attributes deleted and re-added in new order
class O:
    pass

def make(i):
    o = O()
    o.a = i
    o.b = i * 2
    o.c = i * 3
    del o.a
    o.a = -i
    return o

def geta(o):
    return o.a
def getc(o):
    return o.c
def setc(o, v):
    o.c = v

objs = [make(i) for i in range(10)]
s = 0
for i in range(300):
    o = objs[i % 10]
    setc(o, getc(o) + 1)
    s += geta(o) + getc(o)
print("warm", s)

for o in objs:
    del o.c
errs = set()
for i in range(80):
    try:
        getc(objs[i % 10])
    except AttributeError as e:
        errs.add(str(e))
print("deleted", sorted(errs))

for i in range(100):
    setc(objs[i % 10], i)
print("readded", sum(getc(o) for o in objs), [sorted(vars(o)) for o in objs[:1]])

for o in objs:
    for name in ("b", "a"):
        delattr(o, name)
    o.z = 1
    o.a = 5
s = 0
for i in range(100):
    s += geta(objs[i % 10]) + getc(objs[i % 10])
print("reordered", s, list(vars(objs[0])))

# STORE_ATTR_WITH_HINT gh-125868: stores into a non-compact instance dict must read back the stored value, never None
class C:
    pass

def setup(o, i):
    o.a = i
    o.b = i
    o.c = i
    del o.b
    o.d = i

def store(o, v):
    o.c = v
def store_new(o, v):
    o.e = v
def load(o):
    return o.c

objs = []
for i in range(10):
    o = C()
    setup(o, i)
    objs.append(o)
bad = 0
for i in range(300):
    o = objs[i % 10]
    store(o, i)
    if load(o) != i:
        bad += 1
print("warm", bad, sum(load(o) for o in objs))

for i in range(150):
    o = objs[i % 10]
    store_new(o, i)
    store(o, str(i))
    if o.e != i or load(o) != str(i):
        bad += 1
print("new attrs", bad, sorted(vars(objs[0])))

for o in objs:
    del o.c
for i in range(100):
    o = objs[i % 10]
    store(o, i * 3)
    if load(o) is None or load(o) != i * 3:
        bad += 1
print("deleted and restored", bad, list(vars(objs[0])))

o = C()
for k in range(40):
    setattr(o, "attr%d" % k, k)
for k in range(0, 40, 2):
    delattr(o, "attr%d" % k)
for i in range(120):
    store(o, i)
    if load(o) != i:
        bad += 1
print("big dict", bad, load(o), len(vars(o)))

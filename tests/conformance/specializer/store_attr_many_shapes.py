# STORE_ATTR_INSTANCE_VALUE/LOAD_ATTR_INSTANCE_VALUE: one site sees instances whose attributes were added in different orders
class C:
    pass

def init(o, order):
    for name in order:
        setattr(o, name, len(name))
    return o

def store_z(o, v):
    o.z = v
def load_z(o):
    return o.z

orders = [("a", "zz"), ("zz", "a"), ("b",), (), ("a", "b", "c", "d", "e")]
objs = [init(C(), orders[i % 5]) for i in range(10)]
s = 0
for i in range(300):
    o = objs[i % 10]
    store_z(o, i)
    s += load_z(o)
print("warm", s, [list(vars(o)) for o in objs[:5]])

for o in objs:
    o.new = 1
    del o.z
s = 0
for i in range(100):
    o = objs[i % 10]
    store_z(o, i)
    s += load_z(o)
print("shape change", s, list(vars(objs[0])))
fresh = [C() for i in range(100)]
for i, o in enumerate(fresh):
    store_z(o, i)
print("fresh", sum(load_z(o) for o in fresh))

# STORE_ATTR_SLOT: slot stores warmed, then a property with a setter replaces the slot descriptor, then __setattr__ added
class S:
    __slots__ = ("x", "y")

def store(o, v):
    o.x = v
def load(o):
    return o.x

objs = [S() for i in range(5)]
for i in range(300):
    store(objs[i % 5], i)
print("warm", sum(load(o) for o in objs))

slot = S.x
log = []
S.x = property(lambda self: ("prop", slot.__get__(self, S)), lambda self, v: log.append(v))
for i in range(100):
    store(objs[i % 5], -i)
print("property", len(log), load(objs[0]))

S.x = slot
for i in range(100):
    store(objs[i % 5], i * 2)
print("slot back", sum(load(o) for o in objs))

calls = []
def sa(self, name, value):
    calls.append(name)
    object.__setattr__(self, name, value + 1000)
S.__setattr__ = sa
for i in range(100):
    store(objs[i % 5], i)
print("setattr", len(calls), load(objs[0]))
del S.__setattr__
for i in range(100):
    store(objs[i % 5], 1)
print("setattr removed", sum(load(o) for o in objs))
try:
    store(object(), 1)
except AttributeError as e:
    print("AttributeError", e)

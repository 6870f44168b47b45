# STORE_ATTR_INSTANCE_VALUE: stores warmed, then __setattr__ added to the class, to a base class, then removed
class Base:
    pass
class C(Base):
    def __init__(self):
        self.v = 0

def store(o, v):
    o.v = v

objs = [C() for i in range(5)]
for i in range(300):
    store(objs[i % 5], i)
print("warm", sum(o.v for o in objs))

def sa(self, name, value):
    object.__setattr__(self, name, ("wrapped", value))
C.__setattr__ = sa
for i in range(100):
    store(objs[i % 5], i)
print("class setattr", objs[0].v)
del C.__setattr__

Base.__setattr__ = lambda self, name, value: object.__setattr__(self, name, -value)
for i in range(100):
    store(objs[i % 5], i)
print("base setattr", sum(o.v for o in objs))
del Base.__setattr__
for i in range(100):
    store(objs[i % 5], i)
print("removed", sum(o.v for o in objs))

def blocking(self, name, value):
    raise AttributeError("frozen " + name)
C.__setattr__ = blocking
errs = set()
for i in range(80):
    try:
        store(objs[i % 5], i)
    except AttributeError as e:
        errs.add(str(e))
print("blocked", sorted(errs))
C.__delattr__ = lambda self, name: None
del C.__setattr__
del objs[0].v
print("delattr noop", objs[0].v)

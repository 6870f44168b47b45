# LOAD_ATTR_INSTANCE_VALUE/WITH_HINT on a class with __getattr__: attribute present, then deleted so __getattr__ answers
class C:
    def __init__(self):
        self.x = 1
    def __getattr__(self, name):
        return "fallback:" + name

def read(o):
    return o.x

c = C()
s = 0
for i in range(300):
    s += read(c)
print("warm", s)
del c.x
print("deleted", set(read(c) for i in range(100)))
c.x = 2
print("readded", sum(read(c) for i in range(100)))
del C.__getattr__
del c.x
try:
    read(c)
except AttributeError as e:
    print("AttributeError", e)
C.__getattr__ = lambda self, name: 1 // 0
try:
    read(c)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def ga(self, name):
    raise AttributeError("custom " + name)
C.__getattr__ = ga
errs = set()
for i in range(80):
    try:
        read(c)
    except AttributeError as e:
        errs.add(str(e))
print("custom error", sorted(errs))
print("hasattr", hasattr(c, "x"), getattr(c, "x", "dflt"))

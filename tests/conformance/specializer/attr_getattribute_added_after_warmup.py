# LOAD_ATTR_INSTANCE_VALUE/METHOD_WITH_VALUES/NONDESCRIPTOR: plain class warmed, then __getattribute__ added to it and to a base
class Base:
    pass
class C(Base):
    K = "const"
    def __init__(self):
        self.x = 1
    def m(self):
        return "m"

def read(o):
    return (o.x, o.K, o.m())

c = C()
for i in range(300):
    read(c)
print("warm", read(c))

log = []
def ga(self, name):
    log.append(name)
    return object.__getattribute__(self, name)
C.__getattribute__ = ga
for i in range(100):
    read(c)
print("class ga", len(log), sorted(set(log)))
del C.__getattribute__

Base.__getattribute__ = lambda self, name: "base-ga:" + name if name != "m" else (lambda: "base-m")
print("base ga", set(read(c) for i in range(100)))
del Base.__getattribute__
print("removed", set(read(c) for i in range(100)))
C.__getattr__ = lambda self, name: "ga"
del c.x
print("getattr for missing", set(read(c) for i in range(100)))

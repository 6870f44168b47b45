# LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN: class with __getattribute__ warmed, then __getattribute__ replaced, removed, __getattr__ added
class G:
    def __init__(self):
        self.real = "real"
    def __getattribute__(self, name):
        if name == "x":
            return 42
        return object.__getattribute__(self, name)

def readx(o):
    return o.x
def readreal(o):
    return o.real

g = G()
s = 0
for i in range(300):
    s += readx(g)
    readreal(g)
print("warm", s, readreal(g))

G.__getattribute__ = lambda self, name: name.upper()
print("replaced", set(readx(g) for i in range(100)), readreal(g))

del G.__getattribute__
errs = set()
for i in range(80):
    try:
        readx(g)
    except AttributeError as e:
        errs.add(str(e))
print("removed", sorted(errs), readreal(g))

G.__getattr__ = lambda self, name: "getattr:" + name
print("getattr", set(readx(g) for i in range(80)), readreal(g))

def ga(self, name):
    if name == "x":
        raise AttributeError("nope")
    return object.__getattribute__(self, name)
G.__getattribute__ = ga
print("raise then getattr", set(readx(g) for i in range(80)), readreal(g))
del G.__getattr__
try:
    readx(g)
except AttributeError as e:
    print("AttributeError", e)

def ga2(self, name):
    return ("v2", name)
ga.__code__ = ga2.__code__
print("code swapped", set(readx(g) for i in range(80)))
class Sub(G):
    pass
print("subclass", readx(Sub()), set(readx(Sub()) for i in range(70)))

# LOAD_ATTR_PROPERTY: property getter warmed, then property replaced by a plain attribute, by another property, getter raising
class P:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2

def read(o):
    return o.v

ps = [P(i) for i in range(10)]
s = 0
for i in range(300):
    s += read(ps[i % 10])
print("warm", s)

P.v = 7
s = 0
for i in range(100):
    s += read(ps[i % 10])
print("plain class attr", s)
ps[0].v = 100
print("instance shadows", read(ps[0]), read(ps[1]))

P.v = property(lambda self: -self._v)
s = 0
for i in range(100):
    s += read(ps[i % 10])
print("new property (data descr beats dict)", s)

def raising(self):
    if self._v == 3:
        raise AttributeError("no v for 3")
    return self._v
P.v = property(raising)
errs = 0
for i in range(100):
    try:
        read(ps[i % 10])
    except AttributeError as e:
        errs += 1
        msg = str(e)
print("raising", errs, msg)

P.__getattr__ = lambda self, name: "fallback:" + name
print("getattr fallback", read(ps[3]), read(ps[4]), [read(ps[3]) for i in range(70)][-1])
del P.__getattr__
P.v = property(None)
try:
    read(ps[2])
except AttributeError as e:
    print("no getter", e)

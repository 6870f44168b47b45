# BINARY_SUBSCR_GETITEM/LOAD_ATTR_PROPERTY/CALL_ALLOC_AND_ENTER_INIT: the callee entered by a form changes the world and re-enters the site
class Seq:
    depth = 0
    def __getitem__(self, i):
        if i == 250:
            Seq.__getitem__ = lambda self, i: ("replaced", i)
            return ("switch", get(self, i + 1))
        return i

def get(o, i):
    return o[i]

s = Seq()
out = []
for i in range(400):
    r = get(s, i)
    out.append(r if isinstance(r, int) else str(r))
print("getitem", sum(x for x in out if isinstance(x, int)), out[250], out[251], out[-1])

class P:
    calls = 0
    @property
    def v(self):
        P.calls += 1
        if P.calls == 200:
            P.v = property(lambda self: "new property")
            return ("inner", read(self))
        return P.calls
def read(o):
    return o.v
p = P()
res = [read(p) for i in range(400)]
print("property", res[198], res[199], res[200], res[-1], P.calls)

class C:
    made = 0
    def __init__(self, x):
        C.made += 1
        if C.made == 250:
            C.__init__ = lambda self, x: setattr(self, "x", -x)
            self.inner = mk(x + 1)
        self.x = x
def mk(x):
    return C(x)
objs = [mk(i) for i in range(400)]
print("init", sum(o.x for o in objs), objs[249].inner.x, C.made)

class G:
    def __getattribute__(self, name):
        if name == "flip":
            del G.__getattribute__
            return ("flipped", readg(self, "x"))
        return name
    def __getattr__(self, name):
        return "getattr " + name
def readg(o, name):
    return getattr(o, name) if name != "x" else o.x
g = G()
out = []
for i in range(300):
    out.append(g.x)
out.append(g.flip)
for i in range(100):
    out.append(g.x)
print("getattribute", out[0], out[300], out[-1])

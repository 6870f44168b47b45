# LOAD_ATTR_SLOT/STORE_ATTR_SLOT: __slots__ attribute warmed, then a slot left unset (AttributeError caught), deleted, re-set
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, set_y=True):
        self.x = x
        if set_y:
            self.y = x * 2

def gety(o):
    return o.y
def sety(o, v):
    o.y = v

objs = [S(i) for i in range(10)]
s = 0
for i in range(300):
    sety(objs[i % 10], i)
    s += gety(objs[i % 10])
print("warm", s)

unset = [S(i, set_y=False) for i in range(5)]
errs = set()
for i in range(90):
    try:
        gety(unset[i % 5])
    except AttributeError as e:
        errs.add(str(e))
print("unset", sorted(errs))

del objs[0].y
try:
    gety(objs[0])
except AttributeError as e:
    print("deleted", e)
try:
    del objs[0].y
except AttributeError as e:
    print("double delete", e)
for i in range(100):
    sety(unset[i % 5], -i)
print("set later", sum(gety(o) for o in unset))
try:
    objs[1].z = 1
except AttributeError as e:
    print("no slot", e)

class T(S):
    __slots__ = ("z",)
t = T(7)
s = 0
for i in range(100):
    sety(t, i)
    s += gety(t)
print("subclass", s)
class WithDict(S):
    pass
w = WithDict(4)
w.y = 9
w.__dict__["y"] = "dict"
print("slot beats dict", gety(w), [gety(w) for i in range(70)][-1])

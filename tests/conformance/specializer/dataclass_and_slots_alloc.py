# CALL_ALLOC_AND_ENTER_INIT/STORE_ATTR_SLOT/LOAD_ATTR_INSTANCE_VALUE: dataclass and __slots__ class construction, then redefined
from dataclasses import dataclass

@dataclass
class P:
    x: int
    y: int = 0

class S:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

def mk(i):
    return P(i, i)
def mks(i):
    return S(i, -i)
def norm(p):
    return p.x + p.y
def snorm(s):
    return s.a - s.b

t = 0
for i in range(300):
    t += norm(mk(i)) + snorm(mks(i))
print("warm", t, mk(1), mk(2) == P(2, 2))

@dataclass
class P:
    x: int
    y: int = 100
print("redefined", sum(norm(mk(i)) for i in range(100)))
S.__init__ = lambda self, a, b: (setattr(self, "a", a * 2), setattr(self, "b", 0)) and None
print("slots init replaced", sum(snorm(mks(i)) for i in range(100)))
try:
    S(1, 2).c = 3
except AttributeError as e:
    print("AttributeError", e)

@dataclass(frozen=True)
class F:
    v: int
def bump(o):
    o.v = o.v + 1
errs = set()
f = F(1)
for i in range(80):
    try:
        bump(f)
    except AttributeError as e:
        errs.add(type(e).__name__ + ": " + str(e))
print("frozen", sorted(errs), f)

# CALL_ALLOC_AND_ENTER_INIT: C(x) warmed, then __init__ replaced, __init__ returning a value (TypeError), __new__ added, removed
class C:
    def __init__(self, v):
        self.v = v

def make(x):
    return C(x)

s = 0
for i in range(300):
    s += make(i).v
print("warm", s)

def init2(self, v):
    self.v = v * 10
C.__init__ = init2
s = 0
for i in range(100):
    s += make(i).v
print("init replaced", s)

C.__init__ = lambda self, v: 5
errs = set()
for i in range(80):
    try:
        make(i)
    except TypeError as e:
        errs.add(str(e))
print("returns value", sorted(errs))

C.__init__ = init2
def new(cls, v):
    obj = object.__new__(cls)
    obj.w = "from new"
    return obj
C.__new__ = new
res = set()
for i in range(100):
    o = make(i)
    res.add(o.w)
print("new added", sorted(res), make(3).v)
C.__new__ = lambda cls, v: 42
print("new returns other", set(make(i) for i in range(80)))
C.__new__ = lambda cls, v: object.__new__(cls)
s = 0
for i in range(100):
    s += make(i).v
print("new plain", s)
del C.__init__
errs = set()
for i in range(80):
    try:
        make(i)
    except TypeError as e:
        errs.add(str(e))
print("init removed", sorted(errs))
C.__init__ = lambda self, *a: None
print("varargs init", set(type(make(i)).__name__ for i in range(80)))

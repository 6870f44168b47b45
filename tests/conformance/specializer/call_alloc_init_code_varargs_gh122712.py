# CALL_ALLOC_AND_ENTER_INIT gh-122712: __init__.__code__ reassigned to a code object with *args (same argcount) after warm-up
class C:
    def __init__(self, a):
        self.a = a

def make(x):
    return C(x)

s = 0
for i in range(300):
    s += make(i).a
print("warm", s)

def star(self, *args):
    self.a = ("star", args)
C.__init__.__code__ = star.__code__
res = set()
for i in range(100):
    res.add(make(i % 3).a)
print("varargs code", sorted(res))

def kw(self, a, **kwargs):
    self.a = ("kw", a, len(kwargs))
C.__init__.__code__ = kw.__code__
print("varkw code", set(make(1).a for i in range(80)))

def two(self, a, b=7):
    self.a = a + b
C.__init__.__code__ = two.__code__
C.__init__.__defaults__ = (7,)
print("extra default", sum(make(i).a for i in range(80)))

def gen(self, a):
    yield a
C.__init__.__code__ = gen.__code__
errs = set()
for i in range(80):
    try:
        make(i)
    except TypeError as e:
        errs.add(str(e))
print("generator init", sorted(errs))

class Sub(C):
    pass
def make_sub(x):
    return Sub(x)
def back(self, a):
    self.a = -a
C.__init__.__code__ = back.__code__
print("subclass", sum(make_sub(i).a for i in range(300)), sum(make(i).a for i in range(80)))

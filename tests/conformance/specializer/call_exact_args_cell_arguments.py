# CALL_PY_EXACT_ARGS/CALL_ALLOC_AND_ENTER_INIT/BOUND_METHOD: callees whose arguments (or self) are captured by inner closures
def f(x, y):
    def inner():
        return x + y
    x = x * 2
    return inner()

def call(a):
    return f(a, 1)

print("cell args", sum(call(i) for i in range(300)))

class Base:
    def __init__(self, v):
        self.base = v
class C(Base):
    def __init__(self, v):
        super().__init__(v)
        self.get = lambda: self.base * 10
        def later():
            return self
        self.later = later

def mk(i):
    return C(i)
t = 0
for i in range(300):
    o = mk(i)
    t += o.get() + (o.later() is o)
print("init cells", t)

class M:
    def m(self, a, b):
        def g():
            return a, b, self.__class__.__name__
        return g()
def cm(o, i):
    return o.m(i, i)
print("method cells", [cm(M(), i) for i in range(300)][-1])
bm = M().m
def cb(i):
    return bm(i, 0)
print("bound cells", [cb(i) for i in range(300)][-1])

def f2(x, y):
    return (lambda: x * y)()
f.__code__ = f2.__code__ if f.__code__.co_freevars == f2.__code__.co_freevars else f.__code__
print("code swap", sum(call(i) for i in range(100)))

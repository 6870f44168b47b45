# CALL_BOUND_METHOD_EXACT_ARGS/CALL_BOUND_METHOD_GENERAL: bound method objects called through a local, then swapped
class C:
    def __init__(self, v):
        self.v = v
    def m(self, x):
        return self.v + x
    def g(self, x, y=1, *rest):
        return self.v * x + y + len(rest)

def call_bound(bm, x):
    return bm(x)

c = C(3)
s = 0
for i in range(300):
    s += call_bound(c.m, i) + call_bound(c.g, i)
print("warm", s)

def m2(self, x):
    return -x
C.m = m2
s = 0
for i in range(100):
    s += call_bound(c.m, i)
print("method replaced", s)

c.m.__func__.__code__ = (lambda self, x: x * 1000).__code__
s = 0
for i in range(100):
    s += call_bound(c.m, i)
print("code replaced", s)

s = 0
for i in range(100):
    s += call_bound(C(i).g, 2)
print("general", s)
s = 0
for i in range(100):
    s += call_bound(len, [i]) + call_bound(abs, -i) + call_bound(lambda x: x, i)
print("non-method", s)
class D:
    def m(self, x):
        return "D"
print("other class", set(call_bound(D().m, 1) for i in range(80)))
print("classmethod", set(call_bound(classmethod(lambda cls, x: cls.__name__).__get__(None, C), 1) for i in range(70)))

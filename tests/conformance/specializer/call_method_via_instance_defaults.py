# LOAD_ATTR_METHOD_WITH_VALUES+CALL_PY_EXACT_ARGS: obj.m(x) warmed, then the method's __defaults__/__code__ changed, replaced by builtin
class C:
    def __init__(self):
        self.base = 10
    def m(self, x):
        return self.base + x

def call(o, x):
    return o.m(x)

c = C()
s = 0
for i in range(300):
    s += call(c, i)
print("warm", s)

def m2(self, x, y=5):
    return self.base * x + y
C.m.__code__ = m2.__code__
C.m.__defaults__ = (5,)
print("code+defaults", sum(call(c, i) for i in range(100)))
C.m.__defaults__ = (-5,)
print("defaults only", sum(call(c, i) for i in range(100)))
C.m = staticmethod(lambda x: x * 3)
print("staticmethod", sum(call(c, i) for i in range(100)))
C.m = classmethod(lambda cls, x: cls.__name__ + str(x))
print("classmethod", [call(c, i) for i in range(100)][-1])
C.m = abs
print("builtin as method", sum(call(c, -i) for i in range(80)))
C.m = str.upper
try:
    call(c, 1)
except TypeError as e:
    print("method descriptor", type(e).__name__)
import functools
C.m = functools.partialmethod(lambda self, a, x: a + x + self.base, 1000)
print("partialmethod", sum(call(c, i) for i in range(100)))

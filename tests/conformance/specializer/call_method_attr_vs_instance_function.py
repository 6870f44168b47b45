# CALL_PY_EXACT_ARGS with and without self: the same function reached as a method, then as an instance attribute (no self)
def f(a, b=100):
    return (type(a).__name__, b)

class C:
    m = f

def call(o, x):
    return o.m(x)

c = C()
for i in range(300):
    r = call(c, i)
print("method", r)
c.m = f
print("instance attr", set(call(c, i) for i in range(100)))
del c.m
print("method again", set(call(c, 1) for i in range(100)))
C.m = staticmethod(f)
print("staticmethod", set(call(c, 2) for i in range(100)))
def g(a):
    return ("g", type(a).__name__)
C.m = g
try:
    print("too many", call(c, 1))
except TypeError as e:
    print("TypeError", e)
c.m = g
print("g as attr", set(call(c, 3) for i in range(100)))

# CALL_PY_EXACT_ARGS: warmed call site, then callee __code__ replaced (same and different arity, varargs, generator), rebound
def f(a, b):
    return a + b

def call(x):
    return f(x, 1)

s = 0
for i in range(300):
    s += call(i)
print("warm", s)

def g(a, b):
    return a * b
f.__code__ = g.__code__
s = 0
for i in range(100):
    s += call(i)
print("same arity code", s)

def h(a, b, c=10):
    return a + b + c
f.__code__ = h.__code__
f.__defaults__ = (10,)
s = 0
for i in range(100):
    s += call(i)
print("default param", s)

def va(*args):
    return len(args) * 1000
f.__code__ = va.__code__
s = 0
for i in range(100):
    s += call(i)
print("varargs", s)

def one(a):
    return a
f.__code__ = one.__code__
errs = set()
for i in range(80):
    try:
        call(i)
    except TypeError as e:
        errs.add(str(e))
print("arity", sorted(errs))

def gen(a, b):
    yield a
    yield b
f.__code__ = gen.__code__
print("generator", [list(call(i)) for i in range(80)][-1])

def kwonly(a, b, *, c=5):
    return a + b + c
f.__code__ = kwonly.__code__
f.__kwdefaults__ = {"c": 5}
print("kwonly", sum(call(i) for i in range(80)))
f = lambda a, b: a - b
print("rebound", sum(call(i) for i in range(80)))

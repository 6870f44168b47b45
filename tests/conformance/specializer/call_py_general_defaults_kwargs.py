# CALL_PY_GENERAL: calls needing defaults, *args, keywords; then __defaults__ and __kwdefaults__ reassigned after warm-up
def f(a, b=2, *rest, c=3, **kw):
    return a + b + c + len(rest) + len(kw)

def call1(x):
    return f(x)
def call2(x):
    return f(x, 1, 2, 3)
def call3(x):
    return f(x, c=10, z=1)

s = 0
for i in range(300):
    s += call1(i) + call2(i) + call3(i)
print("warm", s)

f.__defaults__ = (100,)
f.__kwdefaults__ = {"c": 1000}
s = 0
for i in range(100):
    s += call1(i) + call2(i) + call3(i)
print("defaults changed", s)

f.__defaults__ = None
errs = set()
for i in range(80):
    try:
        call1(i)
    except TypeError as e:
        errs.add(str(e))
print("defaults removed", sorted(errs))

f.__kwdefaults__ = None
try:
    call2(1)
except TypeError as e:
    print("kwdefaults removed", e)
f.__defaults__ = (1,)
f.__kwdefaults__ = {"c": 0}

def lin(a, b=1):
    return a * b
def calllin(x):
    return lin(x)
s = 0
for i in range(300):
    s += calllin(i)
lin.__defaults__ = (2,)
s2 = sum(calllin(i) for i in range(100))
lin.__defaults__ = ()
try:
    calllin(1)
except TypeError as e:
    print("TypeError", e)
print("lin", s, s2, sum(call1(i) for i in range(80)))

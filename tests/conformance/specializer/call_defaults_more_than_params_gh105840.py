# CALL_PY_EXACT_ARGS/CALL_PY_GENERAL gh-105840: more __defaults__ than parameters (f.__defaults__ = (None,) on a zero-arg f)
def f():
    return 42

def call():
    return f()

f.__defaults__ = (None,)
s = 0
for i in range(300):
    s += call()
print("zero-arg with defaults", s, f.__defaults__)

def g(a):
    return a
g.__defaults__ = (1, 2, 3)
def callg():
    return g()
def callg1(x):
    return g(x)
s = 0
for i in range(300):
    s += callg() + callg1(i)
print("extra defaults", s)

g.__defaults__ = ()
try:
    callg()
except TypeError as e:
    print("TypeError", e)
s = sum(callg1(i) for i in range(100))
g.__defaults__ = (7, 8)
print("back", s, callg(), sum(callg() for i in range(80)))

def h():
    return 0
def callh():
    return h()
for i in range(300):
    callh()
h.__defaults__ = (1, 2)
print("after warm", sum(callh() + 1 for i in range(100)))

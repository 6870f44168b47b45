# LOAD_ATTR_MODULE: math.pi and math.floor read through a warmed site, then replaced, deleted and restored; sys attrs added
import math
import sys

def pi():
    return math.pi
def floor(x):
    return math.floor(x)

t = 0.0
for i in range(300):
    t += pi()
    floor(i / 3)
print("warm", round(t, 6))

orig = math.pi
math.pi = 3
print("replaced", sum(pi() for i in range(100)))
del math.pi
errs = set()
for i in range(80):
    try:
        pi()
    except AttributeError as e:
        errs.add(str(e))
print("deleted", sorted(errs))
math.pi = orig
print("restored", pi() == orig)

orig_floor = math.floor
math.floor = lambda x: "patched"
print("function replaced", set(floor(i) for i in range(80)))
math.floor = orig_floor
print("function restored", floor(2.5))

for i in range(100):
    setattr(math, "extra_%d" % i, i)
    pi()
print("keys grown", round(sum(pi() for i in range(70)), 4))
for i in range(100):
    delattr(math, "extra_%d" % i)

def flag():
    return sys.my_flag
sys.my_flag = 1
s = 0
for i in range(300):
    s += flag()
sys.my_flag = 5
for i in range(100):
    s += flag()
del sys.my_flag
try:
    flag()
except AttributeError as e:
    print("sys", s, e)

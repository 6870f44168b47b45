# LOAD_ATTR_MODULE: one site sees two module objects whose dicts hold the same names in different orders
import sys
import math

class M(type(sys)):
    pass

m1 = M("m1")
m1.x = 1
m1.y = 2
m2 = M("m2")
m2.y = 20
m2.x = 10

def getx(m):
    return m.x

s = 0
for i in range(300):
    s += getx(m1)
print("warm", s, [getx(m2) for i in range(5)], sum(getx(m2) for i in range(100)))
out = []
for i in range(200):
    out.append(getx(m1 if i % 2 else m2))
print("alternating", sorted(set(out)))
m2.x = "replaced"
del m1.y
print("after edits", set(getx(m2) for i in range(70)), set(getx(m1) for i in range(70)))
def getpi(m):
    return m.pi
m1.pi = "m1 pi"
print("math vs m1", sorted(set(str(getpi(math if i % 3 else m1)) for i in range(300))))

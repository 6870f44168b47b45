# LOAD_ATTR_SLOT/STORE_ATTR_SLOT gh-99257: a __slots__ member descriptor borrowed by another class must raise TypeError
class A:
    __slots__ = ("x",)

class B:
    __slots__ = ("y",)
    x = A.x

class C:
    x = A.x

def read(o):
    return o.x
def write(o, v):
    o.x = v

a = A()
s = 0
for i in range(300):
    write(a, i)
    s += read(a)
print("warm", s)

b = B()
errs = set()
for i in range(90):
    try:
        read(b)
    except TypeError as e:
        errs.add(("read", str(e)))
    try:
        write(b, i)
    except TypeError as e:
        errs.add(("write", str(e)))
print("borrowed", sorted(errs))

c = C()
errs = set()
for i in range(90):
    try:
        write(c, i)
    except TypeError as e:
        errs.add(str(e))
    try:
        read(c)
    except TypeError as e:
        errs.add(str(e))
print("borrowed on dict class", sorted(errs))

def read_b(o):
    return o.x
errs = set()
for i in range(300):
    try:
        read_b(b)
    except TypeError as e:
        errs.add(str(e))
print("cold site", sorted(errs))

class D(A):
    pass
d = D()
for i in range(90):
    write(d, i)
print("real subclass", read(d), sum(read(a) for i in range(70)))

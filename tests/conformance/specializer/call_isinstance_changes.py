# CALL_ISINSTANCE: isinstance() warmed on builtin types, then user classes, tuples of types, __class__ assignment, __bases__
def isi(o, t):
    return isinstance(o, t)

n = 0
for i in range(300):
    n += isi(i, int) + isi("s", str) + isi(i, str) + isi(True, int)
print("warm", n)

class A:
    pass
class B(A):
    pass
class C:
    pass
objs = [A(), B(), C()]
n = 0
for i in range(100):
    n += isi(objs[i % 3], A) + isi(objs[i % 3], (C, int))
print("classes", n)

objs[2].__class__ = B
n = 0
for i in range(100):
    n += isi(objs[i % 3], A)
print("class assigned", n)

class D:
    pass
class E(D):
    pass
e = E()
for i in range(100):
    isi(e, D)
E.__bases__ = (A,)
print("bases", isi(e, D), isi(e, A), sum(isi(e, A) for i in range(70)))
errs = set()
for i in range(80):
    try:
        isi(1, 5)
    except TypeError as ex:
        errs.add(str(ex))
print("errors", sorted(errs))
print("nested tuple", isi(1, (str, (float, int))), isi(1.0, ()), isi(None, type(None)), isi(int, type))
isinstance = lambda o, t: "shadowed"
print("shadowed", isi(1, int))

# LOAD_ATTR_CLASS: class attribute read through the class, then replaced, deleted, inherited from a base, __bases__ reassigned
class Base:
    k = "base"
class C(Base):
    k = 1
    def m(self):
        return "m"

def read(cls):
    return cls.k
def readm(cls):
    return cls.m

s = 0
for i in range(300):
    s += read(C)
    readm(C)
print("warm", s)

C.k = 10
s = 0
for i in range(100):
    s += read(C)
print("replaced", s)
del C.k
print("inherited", set(read(C) for i in range(80)))
Base.k = "base2"
print("base changed", set(read(C) for i in range(80)))
class Other:
    k = "other"
C.__bases__ = (Other,)
print("bases", set(read(C) for i in range(80)))
del Other.k
try:
    read(C)
except AttributeError as e:
    print("AttributeError", e)
C.m = staticmethod(lambda: "static")
print("method to staticmethod", set(readm(C)() for i in range(80)))
C.m = classmethod(lambda cls: cls.__name__)
print("classmethod", set(readm(C)() for i in range(80)))
C.m = property(lambda self: 1)
print("property via class", set(type(readm(C)).__name__ for i in range(80)))
print("different classes", [read(k) for k in (Base, Base, C if hasattr(C, "k") else Base)])

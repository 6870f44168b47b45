# TO_BOOL_ALWAYS_TRUE: warmed on a subclass instance, then the base class gains __len__, then __bases__ is reassigned
class Base:
    pass
class Sub(Base):
    pass
class WithBool:
    def __bool__(self):
        return False

def t(o):
    return "T" if o else "F"

s = Sub()
res = []
for i in range(300):
    res.append(t(s))
print("warm", res.count("T"))

Base.__len__ = lambda self: 0
res = []
for i in range(100):
    res.append(t(s))
print("base len", res.count("T"))

del Base.__len__
res = []
for i in range(100):
    res.append(t(s))
print("base len removed", res.count("T"))

Sub.__bases__ = (WithBool,)
res = []
for i in range(100):
    res.append(t(s))
print("bases assigned", res.count("T"), Sub.__mro__[1].__name__)
Sub.__bases__ = (Base,)
res = []
for i in range(100):
    res.append(t(s))
print("bases restored", res.count("T"))

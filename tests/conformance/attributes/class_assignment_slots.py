class A:
    __slots__ = ("x",)
class B:
    __slots__ = ("x",)
class C:
    __slots__ = ("y",)

a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.x)
try:
    a.__class__ = C
except TypeError as e:
    print(type(e).__name__, e)
class D:
    pass
try:
    a.__class__ = D
except TypeError as e:
    print(type(e).__name__, e)

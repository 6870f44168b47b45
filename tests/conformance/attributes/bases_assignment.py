class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

class C(A):
    pass

c = C()
print(c.who(), [k.__name__ for k in C.__mro__])
C.__bases__ = (B,)
print(c.who(), [k.__name__ for k in C.__mro__])
C.__bases__ = (A, B)
print(c.who(), [k.__name__ for k in C.__mro__])
try:
    C.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__bases__ = (C,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__)

# CALL_ALLOC_AND_ENTER_INIT: subclass construction warmed, then base gains __new__ / __init__ changes, __bases__ reassigned
class B2:
    def __init__(self, x):
        self.x = x
class S2(B2):
    pass

def mk(x):
    return S2(x)
print("warm", sum(mk(i).x for i in range(300)))
B2.__new__ = lambda cls, x: "from base new"
print("base new", set(mk(i) for i in range(100)))

class B3:
    def __init__(self, x):
        self.x = -x
class B4:
    def __init__(self, x):
        self.x = x * 2
class S3(B3):
    pass
def mk3(x):
    return S3(x)
print("warm2", sum(mk3(i).x for i in range(300)))
S3.__bases__ = (B4,)
print("bases", sum(mk3(i).x for i in range(100)))
B4.__init__ = lambda self, x: setattr(self, "x", 1000)
print("base init replaced", sum(mk3(i).x for i in range(100)))
S3.__init__ = lambda self, x: None
print("own init", set(hasattr(mk3(i), "x") for i in range(100)))

# LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES/NO_DICT: class constants read through instances, then replaced, shadowed, made descriptors
class C:
    K = 5
    T = (1, 2)
    def __init__(self):
        self.v = 0
class S:
    __slots__ = ()
    K = 7

def readk(o):
    return o.K
def callk(o):
    return o.K()

c = C()
s_ = S()
s = 0
for i in range(300):
    s += readk(c) + readk(s_)
print("warm", s)

C.K = 50
S.K = 70
s = 0
for i in range(100):
    s += readk(c) + readk(s_)
print("replaced", s)

c.K = -1
s = 0
for i in range(100):
    s += readk(c) + readk(s_)
print("instance shadows", s)
del c.K
C.K = property(lambda self: 500)
S.K = property(lambda self: 700)
s = 0
for i in range(100):
    s += readk(c) + readk(s_)
print("became property", s)
C.K = None
S.K = "str"
print("None/str", set(readk(c) for i in range(80)), set(readk(s_) for i in range(80)))
C.K = int
S.K = float
for i in range(300):
    callk(c)
    callk(s_)
print("type call", callk(c), callk(s_))
C.K = lambda self: "method"
S.K = staticmethod(lambda: "static")
print("method now", set(callk(c) for i in range(80)), set(callk(s_) for i in range(80)))

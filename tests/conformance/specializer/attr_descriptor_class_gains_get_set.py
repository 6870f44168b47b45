# LOAD_ATTR_*/STORE_ATTR_*: class attribute is an instance of D; D gains __get__, then __set__, after sites are warmed
class D:
    pass
class C:
    d = D()
    def __init__(self):
        self.v = 1

def read(o):
    return o.d
def write(o, v):
    o.d = v
def readv(o):
    return o.v

c = C()
n = 0
for i in range(300):
    n += isinstance(read(c), D)
    readv(c)
print("warm", n)

D.__get__ = lambda self, obj, typ: "get"
print("gains get", set(read(c) for i in range(100)))

for i in range(100):
    write(c, i)
print("instance shadows non-data", read(c))

log = []
D.__set__ = lambda self, obj, v: log.append(v)
for i in range(100):
    write(c, -i)
print("gains set", read(c), len(log), log[-1], c.__dict__["d"])

del D.__get__
print("set only", type(read(c)).__name__)
del D.__set__
print("plain again", read(c))
C.v = property(lambda self: "prop")
print("v property", set(readv(c) for i in range(80)))

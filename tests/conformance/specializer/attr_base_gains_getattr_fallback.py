# LOAD_ATTR_PROPERTY/GETATTRIBUTE_OVERRIDDEN: getters raising AttributeError warmed, then a base class gains __getattr__
class Base:
    pass
class C(Base):
    @property
    def p(self):
        raise AttributeError("p fails")
    def __getattribute__(self, name):
        if name == "q":
            raise AttributeError("q fails")
        return object.__getattribute__(self, name)

def rp(o):
    try:
        return o.p
    except AttributeError as e:
        return str(e)
def rq(o):
    try:
        return o.q
    except AttributeError as e:
        return str(e)

c = C()
for i in range(300):
    rp(c)
    rq(c)
print("warm", rp(c), rq(c))
Base.__getattr__ = lambda self, n: "fallback " + n
print("base getattr", set(rp(c) for i in range(100)), set(rq(c) for i in range(100)))
del Base.__getattr__
print("removed", set(rp(c) for i in range(100)), set(rq(c) for i in range(100)))
class Mixin:
    def __getattr__(self, n):
        return "mixin " + n
C.__bases__ = (Mixin,)
print("bases", set(rp(c) for i in range(100)), set(rq(c) for i in range(100)))

# LOAD_ATTR/CALL with super() gh-105035/106917: super() in metaclass methods and classmethod-style super(C, C) to plain functions
class Meta(type):
    def describe(cls):
        return "Meta:" + cls.__name__
    def __getattribute__(cls, name):
        return type.__getattribute__(cls, name)

class SubMeta(Meta):
    def describe(cls):
        return "Sub+" + super().describe()

class K(metaclass=SubMeta):
    pass

def call(c):
    return c.describe()

for i in range(300):
    r = call(K)
print("warm", r, set(call(K) for i in range(70)))

class A:
    def f(self):
        return "A.f"
    @classmethod
    def cm(cls):
        return "A.cm:" + cls.__name__
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
    @classmethod
    def plain_via_super(cls):
        return super(B, cls).f
b = B()
res = set()
for i in range(300):
    res.add(b.f())
    res.add(B.cm())
print("methods", sorted(res))
fn = B.plain_via_super()
print("unbound via super", fn(b), type(fn).__name__)
A.f = lambda self: "A.f2"
print("base replaced", set(b.f() for i in range(80)))
print("super(B, B)", super(B, B).cm(), super(B, b).f())
def mf(cls):
    return "meta-super:" + super(SubMeta, cls).describe()
res = set()
for i in range(80):
    res.add(mf(K))
print(sorted(res))
Meta.describe = lambda cls: "Meta2:" + cls.__name__
print("meta replaced", set(call(K) for i in range(80)))

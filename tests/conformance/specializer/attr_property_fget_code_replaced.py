# LOAD_ATTR_PROPERTY: property getter's __code__ and __defaults__ replaced after warm-up
class P:
    def __init__(self, v):
        self.val = v
    def _get(self):
        return self.val + 1
    v = property(_get)

def read(o):
    return o.v

p = P(5)
s = 0
for i in range(300):
    s += read(p)
print("warm", s)

def other(self):
    return self.val * 100
P._get.__code__ = other.__code__
s = 0
for i in range(100):
    s += read(p)
print("code replaced", s)

def with_default(self, k=3):
    return self.val * k
P._get.__code__ = with_default.__code__
P._get.__defaults__ = (3,)
s = 0
for i in range(100):
    s += read(p)
print("defaults", s)
P._get.__defaults__ = (4,)
s = 0
for i in range(100):
    s += read(p)
print("defaults changed", s)

def gen(self):
    yield self.val
P._get.__code__ = gen.__code__
print("generator getter", [list(read(p)) for i in range(70)][-1])

# BINARY_SUBSCR_GETITEM: __getitem__ inherited from a base, base's __getitem__ replaced, __class__ assigned, __bases__ assigned
class Base:
    def __getitem__(self, k):
        return ("base", k)
class Child(Base):
    pass
class Other:
    def __getitem__(self, k):
        return ("other", k)

def get(o, k):
    return o[k]

c = Child()
n = 0
for i in range(300):
    n += get(c, i)[1]
print("warm", n)

Base.__getitem__ = lambda self, k: ("base2", k)
tags = set()
for i in range(100):
    tags.add(get(c, i)[0])
print("base replaced", sorted(tags))

c.__class__ = Other
tags = set()
for i in range(100):
    tags.add(get(c, i)[0])
print("class assigned", sorted(tags))

class Alt:
    def __getitem__(self, k):
        return ("alt", k)
class Kid(Base):
    pass
k = Kid()
for i in range(200):
    get(k, i)
Kid.__bases__ = (Alt,)
tags = set()
for i in range(100):
    tags.add(get(k, i)[0])
print("bases assigned", sorted(tags))

k.__getitem__ = lambda i: ("instance", i)
tags = set()
for i in range(100):
    tags.add(get(k, i)[0])
print("instance attr ignored", sorted(tags))

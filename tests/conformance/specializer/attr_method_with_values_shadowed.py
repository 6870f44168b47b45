# LOAD_ATTR_METHOD_WITH_VALUES: method call warmed on instances with dicts, then an instance attribute shadows the method
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def call(o):
    return o.get()

objs = [C(i) for i in range(10)]
s = 0
for i in range(300):
    s += call(objs[i % 10])
print("warm", s)

objs[3].get = lambda: 1000
s = 0
for i in range(100):
    s += call(objs[i % 10])
print("one shadowed", s)

for o in objs:
    o.get = (lambda o: (lambda: -o.v))(o)
s = 0
for i in range(100):
    s += call(objs[i % 10])
print("all shadowed", s)

for o in objs:
    del o.get
s = 0
for i in range(100):
    s += call(objs[i % 10])
print("unshadowed", s)

C.get = lambda self: self.v * 10
s = 0
for i in range(100):
    s += call(objs[i % 10])
print("method replaced", s)
objs[0].get = 5
try:
    call(objs[0])
except TypeError as e:
    print("TypeError", e)

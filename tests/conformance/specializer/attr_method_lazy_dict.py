# LOAD_ATTR_METHOD_LAZY_DICT: method called on instances that never had attributes, then a dict is materialized and shadows
class C:
    def m(self):
        return 1

def call(o):
    return o.m()

objs = [C() for i in range(10)]
s = 0
for i in range(300):
    s += call(objs[i % 10])
print("warm", s)

objs[0].other = 1
s = 0
for i in range(100):
    s += call(objs[i % 10])
print("one with dict", s)

d = objs[1].__dict__
d["m"] = lambda: 50
s = 0
for i in range(100):
    s += call(objs[i % 10])
print("dict via __dict__", s)

objs[2].__dict__ = {"m": lambda: 7}
s = 0
for i in range(100):
    s += call(objs[i % 10])
print("dict assigned", s)

C.m = lambda self: 2
s = 0
for i in range(100):
    s += call(objs[i % 10])
print("class method replaced", s)
fresh = [C() for i in range(5)]
print("fresh", sum(call(fresh[i % 5]) for i in range(80)))

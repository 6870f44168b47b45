# LOAD_ATTR_INSTANCE_VALUE/STORE_ATTR_INSTANCE_VALUE: obj.__dict__ read, mutated directly, cleared and replaced after warm-up
class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def read(o):
    return o.a + o.b
def write(o, v):
    o.b = v

objs = [C(i, i) for i in range(10)]
s = 0
for i in range(300):
    write(objs[i % 10], i)
    s += read(objs[i % 10])
print("warm", s)

for o in objs:
    d = o.__dict__
    d["a"] = 100
s = 0
for i in range(100):
    s += read(objs[i % 10])
print("via __dict__", s)

for o in objs[:5]:
    o.__dict__ = {"b": 1, "a": 2}
for o in objs[5:]:
    o.__dict__.clear()
    o.__dict__.update(b=3, a=4)
s = 0
for i in range(100):
    write(objs[i % 10], 10)
    s += read(objs[i % 10])
print("replaced dicts", s, list(objs[0].__dict__), list(objs[9].__dict__))

objs[0].__dict__ = {}
try:
    read(objs[0])
except AttributeError as e:
    print("empty dict", e)
vars(objs[0])["a"] = 1
write(objs[0], 1)
print("vars", read(objs[0]), sorted(vars(objs[0]).items()))
try:
    objs[0].__dict__ = 5
except TypeError as e:
    print("TypeError", e)
for i in range(120):
    objs[1].__dict__ = {"a": i, "b": i}
    write(objs[1], -i)
s = 0
for i in range(100):
    s += read(objs[1])
print("reassigned each time", s)

# TO_BOOL_ALWAYS_TRUE: site warmed on plain instances, then __class__ assigned to a class with __bool__ / __len__ and back
class Plain:
    pass
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0

def truthy(o):
    return 1 if o else 0

objs = [Plain() for i in range(8)]
n = 0
for i in range(300):
    n += truthy(objs[i % 8])
print("warm", n)

for k, o in enumerate(objs):
    o.__class__ = Falsy if k % 2 else Empty
n = 0
for i in range(120):
    n += truthy(objs[i % 8])
print("reassigned", n)

for o in objs[:4]:
    o.__class__ = Plain
n = 0
for i in range(120):
    n += truthy(objs[i % 8])
print("half back", n, [type(o).__name__ for o in objs])

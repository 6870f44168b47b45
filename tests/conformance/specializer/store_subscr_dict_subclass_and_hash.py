# STORE_SUBSCR_DICT: warmed on a dict, then dict subclass __setitem__, unhashable keys, keys with stateful __hash__/__eq__
def put(d, k, v):
    d[k] = v

d = {}
for i in range(300):
    put(d, i % 40, i)
print("warm", len(d), sum(d.values()))

class Logged(dict):
    log = 0
    def __setitem__(self, k, v):
        Logged.log += 1
        dict.__setitem__(self, k, -v)
ld = Logged()
for i in range(80):
    put(ld, i % 4, i)
print("subclass", Logged.log, sorted(ld.items()))

errs = set()
for i in range(80):
    try:
        put(d, [i], i)
    except TypeError as e:
        errs.add(str(e))
print("unhashable", sorted(errs))

class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        K.calls += 1
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
kd = {}
for i in range(90):
    put(kd, K(i % 6), i)
print("custom hash", len(kd), K.calls, sorted(v for v in kd.values()))
put(d, 1.0, "float")
put(d, True, "bool")
print("equal keys", d[1], len(d))
lst = [0, 0]
for i in range(80):
    put(lst if i % 2 else d, i % 2, i)
print("alternate", lst, d[0])

# CONTAINS_OP_DICT: warmed on a dict, then fed a list, a dict subclass with __contains__, keys with stateful __hash__/__eq__
def has(c, x):
    return x in c

d = {i: None for i in range(0, 60, 2)}
n = 0
for i in range(300):
    n += has(d, i % 60)
print("warm", n)

lst = list(range(10))
n = 0
for i in range(90):
    n += has(lst, i % 20)
print("list", n)

class D(dict):
    def __contains__(self, k):
        return k in ("x", "y")
dd = D(z=1)
n = 0
for i in range(90):
    n += has(dd, "x") + has(dd, "z")
print("dict subclass", n)

class Plain(dict):
    pass
n = 0
for i in range(90):
    n += has(Plain(a=1), "a")
print("plain subclass", n)

class K:
    hashes = 0
    eqs = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        K.hashes += 1
        return 7
    def __eq__(self, o):
        K.eqs += 1
        return isinstance(o, K) and o.v == self.v
kd = {K(1): 1, K(2): 2}
n = 0
for i in range(90):
    n += has(kd, K(i % 4))
print("custom keys", n, K.hashes, K.eqs > 0)
try:
    has(d, {})
except TypeError as e:
    print("TypeError", e)
print("views", has(d.keys(), 2), has(d.items(), (2, None)), has(d.values(), 5))
n = 0
for i in range(200):
    n += has(d, i)
print("again", n)

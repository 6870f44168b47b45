# BINARY_SUBSCR_TUPLE_INT: warmed on a tuple, then negative/out-of-range indexes, a tuple subclass with __getitem__, a namedtuple
from collections import namedtuple

def get(t, i):
    return t[i]

tup = tuple(range(0, 200, 2))
s = 0
for i in range(300):
    s += get(tup, i % 100)
print("warm", s)

s = 0
for i in range(1, 90):
    s += get(tup, -i)
print("negative", s)

errs = set()
for i in range(80):
    try:
        get(tup, 100 + i)
    except IndexError as e:
        errs.add(str(e))
print("oob", sorted(errs))

class T(tuple):
    def __getitem__(self, i):
        return -tuple.__getitem__(self, i)
tt = T((1, 2, 3))
s = 0
for i in range(80):
    s += get(tt, i % 3)
print("subclass", s)

P = namedtuple("P", "x y")
p = P(3, 4)
s = 0
for i in range(80):
    s += get(p, i % 2)
print("namedtuple", s, get(p, -1))
print("empty", end=" ")
try:
    get((), 0)
except IndexError as e:
    print(e)
s = 0
for i in range(200):
    s += get(tup, i % 100)
print("again", s)

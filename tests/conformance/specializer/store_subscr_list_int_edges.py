# STORE_SUBSCR_LIST_INT: warmed with in-range indexes, then negative, out-of-range (IndexError), list subclass __setitem__, dicts
def put(seq, i, v):
    seq[i] = v

data = [0] * 50
for i in range(300):
    put(data, i % 50, i)
print("warm", sum(data), data[:3])

for i in range(1, 90):
    put(data, -(i % 50) - 1, -i)
print("negative", sum(data), data[-3:])

errs = set()
for i in range(80):
    try:
        put(data, 50 + i, 0)
    except IndexError as e:
        errs.add(str(e))
print("oob", sorted(errs))

class L(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 10)
l = L([0, 0, 0])
for i in range(80):
    put(l, i % 3, i)
print("subclass", l)

d = {}
for i in range(80):
    put(d, i % 5, i)
print("dict", sorted(d.items()))

grow = []
for i in range(80):
    grow.append(None)
    put(grow, i, i * 2)
print("growing", sum(grow))
try:
    put(data, "x", 1)
except TypeError as e:
    print("TypeError", e)
put(data, slice(0, 48), [7])
print("slice", data)
try:
    put((1, 2), 0, 1)
except TypeError as e:
    print("TypeError", e)

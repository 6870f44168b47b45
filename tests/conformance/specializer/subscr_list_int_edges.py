# BINARY_SUBSCR_LIST_INT: warmed with in-range non-negative indexes, then negative, out of range, bools, big ints, list subclass
def get(seq, i):
    return seq[i]

data = list(range(100, 150))
s = 0
for i in range(300):
    s += get(data, i % 50)
print("warm", s)

s = 0
for i in range(1, 80):
    s += get(data, -(i % 50) - 1)
print("negative", s)

errs = 0
for i in range(80):
    try:
        get(data, 50 + i)
    except IndexError as e:
        errs += 1
        m = str(e)
print("oob", errs, m)

print("bool", get(data, True), get(data, False))
try:
    get(data, 2**64)
except IndexError as e:
    print("bigidx", e)
try:
    get(data, "0")
except TypeError as e:
    print("TypeError", e)

class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))
lst = L([1, 2, 3])
seen = set()
for i in range(80):
    seen.add(get(lst, i % 3))
print("subclass", sorted(seen))

shrink = list(range(100))
got = []
for i in range(100):
    shrink.pop()
    try:
        got.append(get(shrink, 60))
    except IndexError:
        got.append(None)
print("shrinking", got.count(None), got[:3])
print("slice", get(data, slice(1, 4)), get(data, slice(None, None, 20)))
s = 0
for i in range(200):
    s += get(data, i % 50)
print("again", s)

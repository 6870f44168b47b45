# CONTAINS_OP_SET: warmed on a set (in / not in), then frozenset, a list, a set subclass with __contains__, unhashable probes
def has(c, x):
    return x in c
def hasnt(c, x):
    return x not in c

s = set(range(0, 100, 3))
n = 0
for i in range(300):
    n += has(s, i % 100) + hasnt(s, i % 50)
print("warm", n)

fs = frozenset(range(10))
n = 0
for i in range(80):
    n += has(fs, i % 20) + hasnt(fs, i)
print("frozenset", n)

n = 0
for i in range(80):
    n += has([1, 2, 3], i % 5) + hasnt((4, 5), i % 6) + has("abc", "b")
print("sequences", n)

class CS(set):
    def __contains__(self, x):
        return x == "magic"
cs = CS({1, 2})
n = 0
for i in range(80):
    n += has(cs, "magic") + has(cs, 1) + hasnt(cs, 2)
print("subclass", n)

errs = set()
for i in range(80):
    try:
        has(s, [i])
    except TypeError as e:
        errs.add(str(e))
print("unhashable", sorted(errs), has(s, {1}) if False else has(frozenset({frozenset()}), set()))
n = 0
for i in range(200):
    n += has(s, i) + has(s, float(i)) + has(s, i == 0)
print("again", n)

# BINARY_SUBSCR_DICT: warmed on a dict, then missing keys (KeyError), dict subclass with __missing__/__getitem__, unhashable keys
def get(d, k):
    return d[k]

d = {i: i * i for i in range(50)}
d["s"] = "str"
s = 0
for i in range(300):
    s += get(d, i % 50)
print("warm", s, get(d, "s"))

errs = []
for i in range(80):
    try:
        get(d, 50 + i)
    except KeyError as e:
        errs.append(e.args[0])
print("missing", len(errs), errs[:3])
try:
    get(d, (1, 2))
except KeyError as e:
    print("KeyError", e)
try:
    get(d, [1])
except TypeError as e:
    print("TypeError", e)

class M(dict):
    def __missing__(self, k):
        return ("missing", k)
m = M(a=1)
seen = []
for i in range(80):
    seen.append(get(m, "a" if i % 2 else i))
print("missing-hook", seen[:4], len(seen))

class G(dict):
    def __getitem__(self, k):
        return "G" + str(k)
g = G()
print("getitem", [get(g, i) for i in range(3)])
for i in range(80):
    get(g, i)
print("float/int keys", get(d, 2.0), get(d, True), get({1.5: "f"}, 1.5))
s = 0
for i in range(200):
    s += get(d, i % 50)
print("again", s)

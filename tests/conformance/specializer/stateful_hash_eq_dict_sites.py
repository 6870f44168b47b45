# BINARY_SUBSCR_DICT/STORE_SUBSCR_DICT/CONTAINS_OP_SET: keys whose __hash__ and __eq__ change state between calls
class Key:
    def __init__(self, h):
        self.h = h
        self.eq_calls = 0
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        self.eq_calls += 1
        return isinstance(o, Key) and self.h == o.h

def get(d, k):
    return d[k]
def put(d, k, v):
    d[k] = v
def has(s, k):
    return k in s

d = {}
s = set()
for i in range(300):
    put(d, i % 30, i)
    get(d, i % 30)
    s.add(i % 30)
    has(s, i)
print("warm", len(d), len(s))

keys = [Key(i % 4) for i in range(8)]
for i in range(100):
    put(d, keys[i % 8], i)
print("custom keys", len(d), sorted(v for k, v in d.items() if isinstance(k, Key)))
k = keys[0]
k.h = 99
errs = 0
for i in range(80):
    try:
        get(d, k)
    except KeyError:
        errs += 1
print("rehashed key lost", errs, has(set(keys), Key(1)))

class Flaky:
    n = 0
    def __hash__(self):
        Flaky.n += 1
        if Flaky.n % 5 == 0:
            raise RuntimeError("hash failed")
        return 1
caught = 0
for i in range(100):
    try:
        put(d, Flaky(), i)
    except RuntimeError:
        caught += 1
print("flaky", caught, Flaky.n)
class Mutating:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        d.clear()
        return False
d = {7: 1}
try:
    print("mutating eq", get(d, Mutating()))
except KeyError as e:
    print("KeyError during mutation", len(d))

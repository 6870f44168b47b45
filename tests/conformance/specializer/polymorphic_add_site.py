# BINARY_OP_ADD_INT/ADD_FLOAT/ADD_UNICODE: one site cycling int, float, str, list and a user class with __add__/__radd__
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v + 1000)

def add(a, b):
    return a + b

phases = [
    (1, 2), (1.5, 2.25), ("a", "b"), ([1], [2]), (V(1), V(2)), (V(1), 5), (5, V(1)),
    (2**70, 1), (1, 2.5), (True, 1), ((1,), (2,)),
]
out = []
for a, b in phases:
    r = None
    for i in range(90):
        r = add(a, b)
    out.append(r.v if isinstance(r, V) else r)
print(out)
acc = []
for i in range(770):
    a, b = phases[i % 11]
    r = add(a, b)
    acc.append(r.v if isinstance(r, V) else r)
print(len(acc), acc[-11:])
try:
    add(V(1), "x")
except TypeError as e:
    print("TypeError", e)
try:
    add(None, 1)
except TypeError as e:
    print("TypeError", e)

# BINARY_OP_ADD_INT: warmed on small ints, then 64-bit overflow, big ints, floats, strs and a user __add__
def add(a, b):
    return a + b

s = 0
for i in range(300):
    s += add(i, 7)
print("warm", s)

big = 2**63 - 1
res = []
for i in range(100):
    res.append(add(big, i))
print("overflow", res[0], res[1], res[-1], sum(res) % 1000003)

res = []
for i in range(100):
    res.append(add(-big - 1, -i))
print("negoverflow", res[0], res[1], res[-1])

res = 0.0
for i in range(80):
    res = add(res, 0.5)
print("float", res)

out = ""
for i in range(70):
    out = add(out, "ab"[i % 2])
print("str", len(out), out[:6])

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + other * 2)

v = V(0)
for i in range(70):
    v = add(v, i)
print("user", v.v)

s = 0
for i in range(300):
    s += add(i, -i * 3)
print("back", s)
print(add(2**100, 1), add(True, True), add(2**64, -2**64))

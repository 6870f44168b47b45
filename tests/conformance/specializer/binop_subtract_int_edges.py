# BINARY_OP_SUBTRACT_INT: warmed on small ints, then overflow past -2**63, bools, big ints and an int subclass
def sub(a, b):
    return a - b

s = 0
for i in range(250):
    s += sub(i, 3)
print("warm", s)

lo = -2**63
vals = set()
for i in range(1, 90):
    vals.add(sub(lo, i) < lo)
print("under", vals, sub(lo, 1), sub(lo, 2**63))
print("mixed", sub(2**63, 1), sub(0, -2**63))

class I(int):
    def __sub__(self, other):
        return "I.sub"
    def __rsub__(self, other):
        return "I.rsub"

seen = set()
for i in range(80):
    seen.add(sub(I(i), 1))
    seen.add(sub(5, I(i)))
print("subclass", sorted(seen))

tot = 0
for i in range(80):
    tot += sub(True, i % 2 == 0)
print("bools", tot)

s = 0
for i in range(120):
    s += sub(i * i, i)
print("again", s)

# BINARY_OP_MULTIPLY_INT: warmed on small ints, then products overflowing 64 bits, floats, sequences and a subclass
def mul(a, b):
    return a * b

s = 0
for i in range(300):
    s += mul(i, i)
print("warm", s)

acc = 1
for i in range(1, 70):
    acc = mul(acc, i)
print("fact69", acc % 10**12, len(str(acc)))

r = [mul(2**62, i) for i in range(-3, 4)]
print("edges", r)
print("minneg", mul(-2**63, -1), mul(-2**63, 1), mul(2**32, 2**31), mul(2**32, 2**32))

seqs = []
for i in range(70):
    seqs.append(len(mul("ab", i % 5)) + len(mul([1], i % 3)))
print("seq", sum(seqs))

class Big(int):
    def __mul__(self, o):
        return int(self) * o + 1
fl = 0
for i in range(70):
    fl += mul(Big(i), 3) + mul(1.5, i)
print("sub+float", fl)

s = 0
for i in range(200):
    s += mul(i, -i)
print("again", s)

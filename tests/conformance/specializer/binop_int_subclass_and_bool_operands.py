# BINARY_OP_ADD_INT/SUBTRACT_INT/MULTIPLY_INT/REMAINDER_INT: sites warmed on exact ints, then fed int subclasses with overrides and bools
def ops(a, b):
    return (a + b, a - b, a * b, a % b, a // b)

t = [0, 0, 0, 0, 0]
for i in range(250):
    r = ops(i + 1, 3)
    for k in range(5):
        t[k] += r[k]
print("warm", t)

class Plain(int):
    pass
class Loud(int):
    def __add__(self, o):
        return "add"
    def __mod__(self, o):
        return "mod"
    def __rsub__(self, o):
        return "rsub"

seen = set()
for i in range(70):
    for r in ops(Plain(i + 1), 2):
        seen.add(type(r).__name__)
print("plain", sorted(seen))
got = set()
for i in range(70):
    got.add(ops(Loud(i + 1), 2)[0])
    got.add(ops(Loud(i + 1), 2)[3])
    got.add(ops(3, Loud(i + 1))[1])
print("loud", sorted(got))

b = [0, 0, 0, 0, 0]
for i in range(70):
    r = ops(i % 2 == 0, True)
    for k in range(5):
        b[k] += r[k]
print("bools", b, ops(True, True), ops(False, True))

t = [0, 0, 0, 0, 0]
for i in range(150):
    r = ops(-i - 1, 7)
    for k in range(5):
        t[k] += r[k]
print("again", t)

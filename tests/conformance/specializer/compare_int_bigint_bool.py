# COMPARE_OP_INT: warmed on small ints with all six operators, then big ints, bools, floats and an int subclass with __lt__
def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)

cnt = [0] * 6
for i in range(300):
    r = cmp(i % 17, 8)
    for k in range(6):
        cnt[k] += r[k]
print("warm", cnt)

cnt = [0] * 6
for i in range(80):
    r = cmp(2**64 + i, 2**64 + 40)
    for k in range(6):
        cnt[k] += r[k]
print("big", cnt, cmp(-2**63, 2**63 - 1), cmp(-2**100, 0))

cnt = [0] * 6
for i in range(80):
    r = cmp(i % 2 == 0, 1)
    for k in range(6):
        cnt[k] += r[k]
print("bool", cnt)
print("float", cmp(1, 1.0), cmp(2**53 + 1, float(2**53)), cmp(3, float("nan")))

class I(int):
    def __lt__(self, o):
        return "lt"
    def __eq__(self, o):
        return "eq"
    __hash__ = int.__hash__
seen = set()
for i in range(80):
    for x in cmp(I(i), 5):
        seen.add(x)
print("subclass", sorted(map(str, seen)))
cnt = [0] * 6
for i in range(200):
    r = cmp(-i, -100)
    for k in range(6):
        cnt[k] += r[k]
print("again", cnt)

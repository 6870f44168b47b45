# COMPARE_OP_FLOAT: warmed on ordinary floats, then NaN operands, infinities, signed zeros, ints and a float subclass
def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)

cnt = [0] * 6
for i in range(300):
    r = cmp(i * 0.5, 70.0)
    for k in range(6):
        cnt[k] += r[k]
print("warm", cnt)

nan = float("nan")
cnt = [0] * 6
for i in range(90):
    r = cmp(nan if i % 2 else i * 1.0, nan if i % 3 else 1.0)
    for k in range(6):
        cnt[k] += r[k]
print("nan", cnt, cmp(nan, nan))

inf = float("inf")
print("inf", cmp(inf, inf), cmp(-inf, inf), cmp(0.0, -0.0), cmp(1e308 * 10, inf))
cnt = [0] * 6
for i in range(80):
    r = cmp(i * 1.0, 40)
    for k in range(6):
        cnt[k] += r[k]
print("float-int", cnt, cmp(2.0**63, 2**63), cmp(2.0**63, 2**63 + 1))

class F(float):
    def __eq__(self, o):
        return "F=="
    def __gt__(self, o):
        return "F>"
    __hash__ = float.__hash__
seen = set()
for i in range(80):
    for x in cmp(F(i), 1.0):
        seen.add(str(x))
print("subclass", sorted(seen))
x = [nan]
print("identity in list", nan in x, x.count(nan), x == [nan], nan == nan)
cnt = [0] * 6
for i in range(200):
    r = cmp(-i * 0.25, -20.0)
    for k in range(6):
        cnt[k] += r[k]
print("again", cnt)

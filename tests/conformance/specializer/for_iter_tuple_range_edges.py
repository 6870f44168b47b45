# FOR_ITER_TUPLE/FOR_ITER_RANGE: tuple and range loops warmed, then big ranges, negative steps, empty, ranges beyond 64 bits
def tsum(t):
    s = 0
    for x in t:
        s += x
    return s

def rsum(r):
    s = 0
    for x in r:
        s += x
    return s

print("warm", sum(tsum((i, 1, 2)) for i in range(300)), sum(rsum(range(i % 10)) for i in range(300)))
print("negative step", rsum(range(100, -100, -3)), rsum(range(0, -10)), rsum(range(5, 5)))
print("near 2**63", rsum(range(2**63 - 70, 2**63 - 1)), rsum(range(-2**63, -2**63 + 70)))
print("beyond 64 bits", rsum(range(2**64, 2**64 + 70)), rsum(range(2**63 - 35, 2**63 + 35)))
print("huge step", rsum(range(0, 2**100, 2**95)), rsum(range(-5, 5, 2**70)))
print("mixed at tuple site", tsum([1, 2, 3] * 30), tsum(x for x in range(70)), tsum(range(70)), tsum((2**64, 2**64)))
class T(tuple):
    def __iter__(self):
        return iter((100,))
print("tuple subclass", tsum(T((1, 2))), sum(tsum(T()) for i in range(70)))

def nested():
    out = 0
    for i in range(70):
        for j in (i, -i, 1):
            for k in range(j if j > 0 else 0):
                out += k
    return out
print("nested", nested())
r = range(10)
it = iter(r)
print("partial", next(it), next(it), rsum(it), rsum(it))

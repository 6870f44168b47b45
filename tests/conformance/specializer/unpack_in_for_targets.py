# UNPACK_SEQUENCE_TWO_TUPLE/LIST in for-loop targets: pairs from dict.items warmed, then lists, strs, wrong-length items
def total(pairs):
    s = 0
    for a, b in pairs:
        s += a * b
    return s

d = {i: i + 1 for i in range(10)}
print("warm", sum(total(d.items()) for i in range(40)))
print("lists", total([[i, 2] for i in range(100)]))
print("zip", total(zip(range(100), range(100, 0, -1))), total(enumerate(range(70))))
try:
    total([(1, 2)] * 70 + [(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    total([(1, 2)] * 70 + [5])
except TypeError as e:
    print("TypeError", e)
def strs(pairs):
    out = []
    for a, b in pairs:
        out.append(b + a)
    return "".join(out)
print("strs", strs(["ab", "cd"] * 40)[:8], strs([("x", "y")] * 70)[:4], strs({"é✓": 1}))
def triple(rows):
    s = 0
    for a, (b, c) in rows:
        s += a + b * c
    return s
print("nested", triple([(i, (i, 2)) for i in range(100)]), triple([[i, [1, i]] for i in range(100)]))

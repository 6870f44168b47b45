# COMPARE_OP_INT/FLOAT/STR: chained comparisons warmed on ints, then floats, strs, mixed int/float, and None (TypeError)
def between(lo, x, hi):
    return lo <= x < hi
def same(a, b, c):
    return a == b == c

n = 0
for i in range(300):
    n += between(10, i % 30, 20) + same(i % 2, 1, 1)
print("warm", n)
n = 0
for i in range(100):
    n += between(0.5, i / 10, 5.0) + same(i / 2, 1.0, 1)
print("floats", n)
n = 0
for i in range(100):
    n += between("b", "abcdef"[i % 6], "e") + same("x" * (i % 2), "x", "x")
print("strs", n)
n = 0
for i in range(100):
    n += between(1, i * 0.1, 2**70) + same(1, 1.0, True)
print("mixed", n)
errs = set()
for i in range(80):
    try:
        between(None, 1, 2)
    except TypeError as e:
        errs.add(str(e))
print("errors", sorted(errs))
nan = float("nan")
print("nan chain", between(nan, 1.0, 2.0), between(0.0, nan, 2.0), same(nan, nan, nan), sum(between(0.0, nan, 1.0) for i in range(70)))

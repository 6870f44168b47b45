# BINARY_OP_REMAINDER_INT: warmed on positive ints, then negatives, zero divisor, -2**63 % -1, big ints and str formatting
def md(a, b):
    return a % b

s = 0
for i in range(300):
    s += md(i * 13, 7)
print("warm", s)

r = []
for a in (-7, 7, -8, 8, -1, 0):
    for b in (2, -2, 3, -3, 1, -1):
        r.append(md(a, b))
print("neg", r)

errs = set()
for i in range(80):
    try:
        md(i, 0)
    except ZeroDivisionError as e:
        errs.add(str(e))
print("zero", sorted(errs))

mn = -2**63
vals = set()
for i in range(80):
    vals.add(md(mn, -1))
    vals.add(md(mn, -3))
print("minover", sorted(vals), md(mn, 2**63), md(2**63, mn))
print("big", md(2**90 + 5, 2**45), md(-2**90, 7), md(7, -2**70))
fmts = set()
for i in range(70):
    fmts.add(md("%d-%s", (i % 3, "x")))
print("fmt", sorted(fmts))
print("float", md(7.5, 2), md(-7, 2.5))
s = 0
for i in range(200):
    s += md(-i, 9)
print("again", s)

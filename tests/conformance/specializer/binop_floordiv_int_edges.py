# BINARY_OP_FLOOR_DIVIDE_INT: warmed on positive ints, then negative operands, zero divisor, -2**63 // -1 and big ints
def fd(a, b):
    return a // b

s = 0
for i in range(300):
    s += fd(i * 7, 3)
print("warm", s)

r = []
for a in (-7, 7, -8, 8, -1, 0):
    for b in (2, -2, 3, -3, 1, -1):
        r.append(fd(a, b))
for i in range(60):
    s += fd(-i, 4) + fd(i, -4)
print("neg", r, s)

errs = 0
for i in range(80):
    try:
        fd(i, 0)
    except ZeroDivisionError as e:
        errs += 1
        msg = str(e)
print("zero", errs, msg)

mn = -2**63
vals = []
for i in range(80):
    vals.append(fd(mn, -1 if i % 2 else 1))
print("minover", vals[0], vals[1], type(vals[1]).__name__, fd(mn, 2), fd(mn + 1, -1))
print("big", fd(2**80, 3), fd(-2**80, 7), fd(5, 2**70), fd(-5, 2**70))
print("float", fd(7.5, 2), fd(-7, 2.0), fd(True, 1))
s = 0
for i in range(200):
    s += fd(i, 5)
print("again", s)

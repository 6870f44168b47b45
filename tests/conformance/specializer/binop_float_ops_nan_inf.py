# BINARY_OP_ADD_FLOAT/SUBTRACT_FLOAT/MULTIPLY_FLOAT: warmed on floats, then ints, mixed, nan/inf and a float subclass
def fa(a, b):
    return a + b
def fs(a, b):
    return a - b
def fm(a, b):
    return a * b

t = 0.0
for i in range(300):
    x = i * 0.25
    t = fa(t, fm(x, 0.5)) - fs(x, 0.125)
print("warm", t)

t = 0
for i in range(80):
    t = fa(t, i)
    t = fs(t, 1)
    t = fm(t, 1)
print("ints", t, type(t).__name__)

mixed = []
for i in range(80):
    mixed.append(fa(i, 0.5) + fs(0.5, i) + fm(i, 2.0))
print("mixed", sum(mixed))

inf = float("inf")
nan = float("nan")
r = [fa(inf, -inf), fs(inf, inf), fm(inf, 0.0), fm(-0.0, 5.0), fa(-0.0, -0.0), fs(0.0, 0.0), fm(1e308, 10.0)]
print("special", [repr(x) for x in r])

class F(float):
    def __add__(self, o):
        return "F+"
    def __sub__(self, o):
        return "F-"
    def __mul__(self, o):
        return "F*"
seen = set()
for i in range(80):
    seen.add(fa(F(i), 1.0))
    seen.add(fs(F(i), 1.0))
    seen.add(fm(F(i), 1.0))
print("subclass", sorted(seen))
print("subrhs", fa(1.0, F(2.0)), type(fa(1.0, F(2.0))).__name__)

t = 0.0
for i in range(200):
    t = fa(t, 0.1)
print("again", t, fs(t, 0.1), fm(t, 3.0))

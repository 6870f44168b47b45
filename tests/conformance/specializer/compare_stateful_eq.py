# COMPARE_OP_INT/STR: warmed sites later fed objects whose __eq__/__lt__ change behaviour with a counter
class Flip:
    n = 0
    def __eq__(self, o):
        Flip.n += 1
        return Flip.n % 3 == 0
    def __lt__(self, o):
        return Flip.n % 2 == 0
    __hash__ = None

def eq(a, b):
    return a == b
def lt(a, b):
    return a < b

c = 0
for i in range(300):
    c += eq(i % 7, 3) + lt(i % 7, 3) + eq("s", "s")
print("warm", c)
f = Flip()
res = []
for i in range(90):
    res.append((eq(f, i), eq(i, f), lt(f, i)))
print("flip", sum(a for a, b, c in res), sum(b for a, b, c in res), sum(c for a, b, c in res), Flip.n)
try:
    hash(f)
except TypeError as e:
    print("TypeError", e)
try:
    lt(3, f)
except TypeError as e:
    print("TypeError", e)
c = 0
for i in range(200):
    c += eq(i % 7, 3)
print("again", c)

# LOAD_ATTR_INSTANCE_VALUE: warmed on instance attributes, then a data descriptor added to the class, removed, attribute deleted
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def getx(o):
    return o.x

ps = [P(i, -i) for i in range(10)]
s = 0
for i in range(300):
    s += getx(ps[i % 10])
print("warm", s)

P.x = property(lambda self: 1000)
s = 0
for i in range(100):
    s += getx(ps[i % 10])
print("property added", s)

del P.x
s = 0
for i in range(100):
    s += getx(ps[i % 10])
print("property removed", s)

P.x = "class level"
print("nondata class attr", getx(ps[3]))
del ps[3].x
print("falls to class", getx(ps[3]), [getx(ps[3]) for i in range(70)].count("class level"))
del P.x
errs = set()
for i in range(80):
    try:
        getx(ps[3])
    except AttributeError as e:
        errs.add(str(e))
print("missing", sorted(errs))
ps[3].x = 33
print("readded", getx(ps[3]), sum(getx(p) for p in ps for k in range(10)))

class Q:
    def __init__(self):
        self.y = 1
        self.x = 2
print("other class", getx(Q()), sum(getx(Q()) for i in range(80)))

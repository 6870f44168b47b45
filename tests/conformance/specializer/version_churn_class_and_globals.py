# LOAD_ATTR_CLASS/NONDESCRIPTOR/LOAD_GLOBAL_MODULE: class and globals modified on every iteration (version churn past cooldown)
class C:
    k = 0
    def __init__(self):
        self.v = 1

def read_cls():
    return C.k
def read_inst(o):
    return o.k + o.v
def read_glob():
    return G

G = 0
c = C()
t = 0
for i in range(400):
    C.k = i
    t += read_cls() + read_inst(c)
print("class churn", t)

t = 0
for i in range(400):
    setattr(C, "extra%d" % (i % 7), i)
    t += read_cls() + read_inst(c)
print("class grows", t)

t = 0
g = globals()
for i in range(400):
    G = i
    if i % 3 == 0:
        g["tmp%d" % i] = i
    t += read_glob()
print("global churn", t)
for name in [n for n in g if n.startswith("tmp")]:
    del g[name]

classes = []
for i in range(120):
    class K:
        k = i
        def __init__(self):
            self.v = 0
    classes.append(K)
t = 0
for i in range(400):
    K = classes[i % 120]
    t += read_inst(K())
print("many classes", t)

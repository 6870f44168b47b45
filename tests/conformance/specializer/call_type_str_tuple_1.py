# CALL_TYPE_1/CALL_STR_1/CALL_TUPLE_1: one-argument type()/str()/tuple() warmed, then subclasses, __class__ changes, rebinding
def ty(x):
    return type(x)
def st(x):
    return str(x)
def tu(x):
    return tuple(x)

n = 0
for i in range(300):
    n += (ty(i) is int) + len(st(i)) + len(tu([i, i]))
print("warm", n)

class C:
    def __str__(self):
        return "C!"
class D:
    def __repr__(self):
        return "D-repr"
class S(str):
    def __str__(self):
        return "S.__str__"
c = C()
res = []
for i in range(100):
    res.append((ty(c).__name__, st(c), st(D()), st(S("x")), type(st(S("x"))).__name__))
print("user", res[-1])
c.__class__ = D
print("class assigned", ty(c).__name__, st(c), set(ty(c).__name__ for i in range(70)))

def g():
    yield 1
    yield 2
print("tuple of", tu(g()), tu("ab"), tu({3: 4}), tu(range(3)), tu((1,)) is not None)
class T(tuple):
    pass
t = T((1, 2))
print("tuple subclass", type(tu(t)).__name__, tu(t))
errs = set()
for i in range(80):
    try:
        tu(i)
    except TypeError as e:
        errs.add(str(e))
    try:
        st(BadStr())
    except (TypeError, NameError) as e:
        errs.add(type(e).__name__ + ":" + str(e))
print("errors", sorted(errs))
class BadStr:
    def __str__(self):
        return 5
try:
    st(BadStr())
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    pass
class K(metaclass=Meta):
    pass
print("meta", ty(K).__name__, ty(ty).__name__, st(K)[-3:], st(b"ab"), st(None), st(1.5), st(2**70))
type = lambda x: "shadowed"
str = lambda x: "shadowed"
print("shadowed", ty(1), st(1))

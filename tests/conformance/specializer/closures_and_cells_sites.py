# BINARY_OP_ADD_INT/CALL_PY_EXACT_ARGS in closures: cell contents rebound after warm-up, nonlocal writes, closure replaced
def make():
    k = 1
    def f(x):
        return x + k
    def setk(v):
        nonlocal k
        k = v
    return f, setk

f, setk = make()
s = 0
for i in range(300):
    s += f(i)
print("warm", s)
setk(1.5)
print("cell float", sum(f(i) for i in range(100)))
setk("s")
errs = set()
for i in range(80):
    try:
        f(i)
    except TypeError as e:
        errs.add(str(e))
print("cell str", sorted(errs))
setk(2**64)
print("cell big", sum(f(i) for i in range(100)) % 1000003)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
incs = [counter() for i in range(3)]
t = 0
for i in range(300):
    t += incs[i % 3]()
print("counters", t, [c() for c in incs])
g, _ = make()
print("sibling closure", g(1), f.__code__ is g.__code__)

def outer():
    vals = []
    for i in range(100):
        vals.append(lambda i=i: i * 2)
    return sum(v() for v in vals)
print("lambdas", outer())

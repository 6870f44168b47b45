# LOAD_FAST_LOAD_FAST/STORE_FAST_LOAD_FAST/STORE_FAST_STORE_FAST: functions with many local loads and stores, unbound locals
def many(a, b, c, d):
    e = a + b
    f = c + d
    g, h = e, f
    i = g * h
    j = i - a
    k = j + b + c + d + e + f + g + h
    a, b = b, a
    c, d = d, c
    return (k, a, b, c, d)

acc = 0
for n in range(300):
    r = many(n, n + 1, n + 2, n + 3)
    acc += r[0] + r[1] - r[2]
print("warm", acc)
print("floats/strs", many(1.5, 2.5, 3.5, 4.5), many("a", "b", "c", "d") if False else many(1, 2.0, 3, 4))

def maybe_unbound(flag):
    if flag:
        x = 1
    y = 2
    return x + y
s = 0
for i in range(300):
    s += maybe_unbound(True)
errs = set()
for i in range(80):
    try:
        maybe_unbound(False)
    except UnboundLocalError as e:
        errs.add(str(e))
print("unbound", s, sorted(errs))

def deleted_local():
    x = 1
    y = x
    del x
    try:
        return x + y
    except NameError as e:
        return type(e).__name__
print("deleted", set(deleted_local() for i in range(100)))

def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print("fib", swap_loop(90), swap_loop(100) % 10**9)
def shadows(x):
    len = x
    return len + x
print("local shadow", sum(shadows(i) for i in range(100)))

# STORE_FAST_LOAD_FAST/LOAD_FAST_LOAD_FAST straddling try/except and try/finally boundaries, second load unbound after warm-up
def f(flag):
    if flag:
        y = 1
    x = 5
    try:
        return y + x
    except UnboundLocalError as e:
        return "caught"

def g(flag):
    if flag:
        y = 1
    try:
        z = 1
    finally:
        w = y
    return w + z

def h(flag):
    if flag:
        a = 2
    b = 3
    try:
        return b * a
    finally:
        b = 0

res = []
for i in range(300):
    res.append(f(i % 2))
print("f", res.count("caught"), res.count(6))
ok = 0
errs = set()
for i in range(300):
    try:
        ok += g(i % 3 != 0)
    except UnboundLocalError as e:
        errs.add(str(e))
print("g", ok, sorted(errs))
ok = 0
for i in range(300):
    try:
        ok += h(i % 4 != 0)
    except UnboundLocalError as e:
        errs.add(str(e))
print("h", ok, sorted(errs))
res = []
for i in range(100):
    res.append(f(0))
print("f unbound only", set(res))

# LOAD_GLOBAL_MODULE: global rebound after warm-up, deleted (NameError caught), re-added, then new globals added repeatedly
X = 1

def read():
    return X

s = 0
for i in range(300):
    s += read()
print("warm", s)

X = 10
s = 0
for i in range(100):
    s += read()
print("rebound", s)

del X
errs = set()
for i in range(80):
    try:
        read()
    except NameError as e:
        errs.add(str(e))
print("deleted", sorted(errs))

X = "back"
print("readded", read(), [read() for i in range(70)].count("back"))

g = globals()
vals = []
for i in range(120):
    g["dyn_%d" % i] = i
    vals.append(read())
print("new globals", vals.count("back"))
for i in range(120):
    del g["dyn_%d" % i]
    g["X"] = i
    vals.append(read())
print("via dict", vals[-1], len(vals))

def read_func():
    return helper(3)
def helper(x):
    return x + 1
s = 0
for i in range(300):
    s += read_func()
def helper(x):
    return x * 100
s2 = 0
for i in range(100):
    s2 += read_func()
print("function rebound", s, s2)

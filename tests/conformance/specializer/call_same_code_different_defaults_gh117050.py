# CALL_PY_GENERAL/EXACT_ARGS gh-117050: functions sharing one code object with different defaults reach one call site
def make(*defaults):
    def f(a=0, b=0):
        return a * 10 + b
    f.__defaults__ = defaults
    return f

def call(fn):
    return fn()
def call1(fn, x):
    return fn(x)

f1 = make(1, 2)
f2 = make(5)
f3 = make(3, 4)
s = 0
for i in range(300):
    s += call(f1)
print("warm", s)

res = []
for i in range(120):
    fn = (f1, f2, f3)[i % 3]
    try:
        res.append(call(fn))
    except TypeError as e:
        res.append(str(e))
print("mixed", sorted(set(map(str, res))))
s = 0
for i in range(300):
    s += call1(f1 if i % 2 else f3, i)
print("one arg", s)

def plain(a=0, b=0):
    return -1
same = make()
same.__code__ = plain.__code__
same.__defaults__ = (9, 9)
print("code swapped", [call(same) for i in range(70)][-1])
f2.__defaults__ = (7, 7)
print("defaults fixed", set(call(f2) for i in range(70)))

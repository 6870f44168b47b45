# CALL_BUILTIN_O/CALL_BUILTIN_FAST: one-argument and multi-argument builtins warmed, then rebound, given bad args, subclasses
def one(x):
    return abs(x)
def two(a, b):
    return divmod(a, b)
def chars(n):
    return chr(n)
def getat(o, name):
    return getattr(o, name, None)

s = 0
for i in range(300):
    s += one(-i) + two(i, 7)[1] + ord(chars(65 + i % 26)) + (getat(i, "real") or 0)
print("warm", s)

class N:
    def __abs__(self):
        return 99
s = 0
for i in range(100):
    s += one(N()) + one(-1.5 * i)
print("user __abs__", s)

errs = set()
for i in range(80):
    try:
        two(i, 0)
    except ZeroDivisionError as e:
        errs.add(str(e))
    try:
        one("x")
    except TypeError as e:
        errs.add(str(e))
print("errors", sorted(errs))
print("big/negative", two(-7, 2), two(2**70, -3), two(7.5, 2), chars(0x1F600) == "\U0001F600", chars(233))
abs = lambda x: "fake"
divmod = lambda a, b: (0, "fake")
print("rebound", set(one(1) for i in range(80)), set(two(1, 1) for i in range(80)))
del abs, divmod
print("restored", one(-5), two(9, 4), getat("s", "upper") is not None, getat(1, "nope"))

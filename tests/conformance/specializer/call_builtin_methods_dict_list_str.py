# CALL_METHOD_DESCRIPTOR_O/FAST/FAST_WITH_KEYWORDS: dict.setdefault, list.insert, str.join, str.format warmed, then receivers change
def sd(d, k):
    return d.setdefault(k, [])
def ins(l, i, v):
    l.insert(i, v)
def join(sep, parts):
    return sep.join(parts)
def fmt(t, a, b):
    return t.format(a, b)
def idx(seq, x):
    return seq.index(x)

d = {}
l = []
n = 0
for i in range(300):
    sd(d, i % 7).append(i)
    ins(l, 0, i)
    n += len(join(",", ["a", "b"])) + len(fmt("{}-{}", i, i)) + idx([1, 2, 3], 2)
print("warm", len(d), len(l), l[:3], n)

from collections import OrderedDict, defaultdict
od = OrderedDict()
dd = defaultdict(int)
for i in range(100):
    sd(od, i % 3)
    sd(dd, i % 4)
print("dict subclasses", list(od), sorted(dd))
class J(str):
    def join(self, parts):
        return "J"
print("str subclass", set(join(J("-"), ["x"]) for i in range(80)), join("é", "ab"), join(b"-", [b"a", b"b"]))
errs = set()
for i in range(80):
    try:
        join(",", [1, 2])
    except TypeError as e:
        errs.add(str(e))
    try:
        idx([1], 5)
    except ValueError as e:
        errs.add(str(e))
    try:
        fmt("{} {} {}", 1, 2)
    except IndexError as e:
        errs.add(str(e))
print("errors", sorted(errs))
print("format kinds", fmt("{1}{0}", "a", "b"), fmt("{:>4}|{:.2f}", "x", 3.14159), idx("hello", "l"), idx((5, 6), 6))

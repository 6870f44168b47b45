# CALL_METHOD_DESCRIPTOR_O/NOARGS/FAST/FAST_WITH_KEYWORDS: str/list/dict methods warmed, then subclass receivers and other types
def upper(s):
    return s.upper()
def startswith(s, p):
    return s.startswith(p)
def replace(s, a, b):
    return s.replace(a, b)
def split(s):
    return s.split(",")
def get(d, k):
    return d.get(k, -1)
def pop(l):
    return l.pop()
def count(seq, x):
    return seq.count(x)

n = 0
for i in range(300):
    n += len(upper("ab")) + startswith("abc", "a") + len(replace("aXa", "X", "yy")) + len(split("a,b"))
    n += get({1: 2}, i % 2) + pop([1, 2, i]) + count([1, 1, 2], 1)
print("warm", n)

class S(str):
    def upper(self):
        return "S.upper"
    def split(self, sep=None):
        return ["S.split"]
class D(dict):
    def get(self, k, d=None):
        return "D.get"
class L(list):
    def pop(self):
        return "L.pop"
res = set()
for i in range(100):
    res.add(upper(S("x")))
    res.add(tuple(split(S("a,b"))))
    res.add(get(D(), 1))
    res.add(pop(L([1])))
    res.add(count("banana", "a"))
    res.add(startswith(S("abc"), ("x", "a")))
print("subclasses", sorted(map(str, res)))
res = set()
for i in range(100):
    res.add(upper(b"bytes"))
    res.add(count((1, 1), 1))
    res.add(get({}.keys().__class__ and {"a": 1}, "a"))
print("other types", sorted(map(str, res)))
errs = set()
for i in range(80):
    try:
        pop([])
    except IndexError as e:
        errs.add(str(e))
    try:
        startswith("abc", 5)
    except TypeError as e:
        errs.add(str(e))
    try:
        split(5)
    except AttributeError as e:
        errs.add(str(e))
print("errors", sorted(errs))
print("unicode", upper("straße"), split("é,✓"), replace("ééé", "é", "e"))

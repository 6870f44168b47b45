# BINARY_OP_*/BINARY_SUBSCR_*/COMPARE_OP_*/CONTAINS_OP_DICT: sites warmed on exact builtins, fed int/str/list/dict subclasses
class I(int):
    pass
class S(str):
    pass
class L(list):
    pass
class D(dict):
    pass

def arith(a, b):
    return (a + b, a - b, a * b, a // b, a % b, a < b, a == b)
def text(s, t):
    return (s + t, s == t, s[0])
def seq(l, i):
    return l[i]
def mapping(d, k):
    return (d[k], k in d)

r = None
for i in range(300):
    r = (arith(i + 1, 3), text("ab", "cd"), seq([1, 2, 3], i % 3), mapping({"k": i}, "k"))
print("warm", r)
res = []
for i in range(100):
    res.append((arith(I(i + 1), I(3)), text(S("ab"), S("cd")), seq(L([1, 2, 3]), I(i % 3)), mapping(D(k=i), S("k"))))
print("subclass", res[-1])
print("result types", [type(x).__name__ for x in arith(I(7), I(2))], type(text(S("a"), "b")[0]).__name__, type(text(S("ab"), "b")[2]).__name__)
class BadI(int):
    def __floordiv__(self, o):
        return "fd"
    def __eq__(self, o):
        return "eq"
    __hash__ = int.__hash__
print("overrides", set(str(arith(BadI(5), 2)[3:7]) for i in range(80)))
class HS(str):
    def __hash__(self):
        return 12345
    def __eq__(self, o):
        return str.__eq__(self, o)
out = []
for i in range(80):
    for d, k in (({"k": 1}, HS("k")), ({HS("k"): 2}, "k"), ({HS("k"): 3}, HS("k"))):
        try:
            out.append(mapping(d, k))
        except KeyError as e:
            out.append("KeyError " + str(e))
print("str subclass key", out[:3])

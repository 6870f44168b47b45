# CALL_BUILTIN_FAST_WITH_KEYWORDS/CALL_TUPLE_1/CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS: the callable at a warmed site changes
def call3(fn, a, b, c):
    return fn(a, b, c)

s = 0
for i in range(300):
    s += call3(max, i, 5, 7)
print("warm max", s)
s = 0
for i in range(100):
    s += call3(min, i, 5, 7)
print("min", s)
print("others", call3(lambda a, b, c: a + b + c, 1, 2, 3), call3(pow, 2, 10, 1000), call3(range, 0, 10, 3))

def tup(x):
    return tuple(x)
n = 0
for i in range(300):
    n += len(tup([i, i]))
print("warm tuple", n)
tuple = list
print("tuple rebound", [type(tup("ab")).__name__ for i in range(100)][-1], tup("xy"))
del tuple
print("restored", tup("xy"))

def spl(s):
    return s.split(",", 1)
n = 0
for i in range(300):
    n += len(spl("a,b,c"))
print("warm split", n)
class S(str):
    pass
res = []
for i in range(100):
    res.append(spl(S("x,y,z") if i % 2 else "p,q"))
print("subclass receiver", res[0], res[1], len(res))
def gsplit(s, sep):
    return s.split(sep, 1)
for i in range(300):
    gsplit("a,b,c", ",")
print("bytes at str site", [gsplit(b"a,b,c", b",") for i in range(100)][-1], gsplit("x;y;z", ";"))
def enc(s):
    return s.encode("utf-8", "strict")
print("encode", [enc("é") for i in range(300)][-1], [enc(S("ü")) for i in range(100)][-1])

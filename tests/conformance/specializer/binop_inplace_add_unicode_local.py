# BINARY_OP_INPLACE_ADD_UNICODE: s += t on a local, then s aliased elsewhere, non-str rhs, str subclass, different store target
def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s

def build_alias(n, piece, keep):
    s = "start"
    for i in range(n):
        keep.append(s)
        s += piece
    return s

def build_other(n, piece):
    s = ""
    t = ""
    for i in range(n):
        t = s + piece
        s += piece
    return s, t

print("warm", len(build(300, "ab")))
keep = []
r = build_alias(100, "c", keep)
print("alias", len(r), keep[0], keep[5], keep[-1][-3:], len(keep))
print("other", [len(x) for x in build_other(90, "xyz")])
print("nonascii", build(70, "é€")[:6], len(build(70, "é€")))

try:
    build(80, 5)
except TypeError as e:
    print("TypeError", e)

class S(str):
    def __add__(self, o):
        return S(str.__add__(self, o).upper())
def build_sub(n, start, piece):
    s = start
    for i in range(n):
        s += piece
    return s
print("sub", build_sub(70, S("a"), "b")[:8], type(build_sub(3, S("a"), "b")).__name__)
print("sub2", build_sub(70, "a", S("b"))[:8])
print("list", len(build_sub(70, [], [1])))
print("again", build(200, "q")[:4], len(build(200, "q")))

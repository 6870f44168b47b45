# BINARY_OP_ADD_UNICODE: warmed on ASCII strs, then non-ASCII strs, str subclass with __add__/__radd__, lists and errors
def cat(a, b):
    return a + b

n = 0
for i in range(300):
    n += len(cat("x" * (i % 4), "yz"))
print("warm", n)

r = ""
for i in range(80):
    r = cat("é", "ü€"[i % 2])
print("nonascii", r, cat("日本", "語"), len(cat("ß", "x" * 3)))

class S(str):
    def __add__(self, o):
        return "S+" + str.__add__(self, o)
    def __radd__(self, o):
        return "radd:" + o
res = set()
for i in range(80):
    res.add(cat(S("a"), "b"))
    res.add(cat("a", S("b")))
print("subclass", sorted(res))

errs = set()
for i in range(80):
    try:
        cat("a", i)
    except TypeError as e:
        errs.add(str(e))
print("errors", sorted(errs))

ls = []
for i in range(70):
    ls = cat(ls, [i])
print("list", len(ls), ls[-1])

n = 0
for i in range(200):
    n += len(cat(str(i), "!"))
print("again", n)

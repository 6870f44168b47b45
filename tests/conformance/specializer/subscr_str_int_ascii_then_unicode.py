# BINARY_SUBSCR_STR_INT: warmed on ASCII strings, then non-ASCII strings, negative indexes, out of range, str subclass
def ch(s, i):
    return s[i]

a = "abcdefghijklmnopqrstuvwxyz"
out = []
for i in range(300):
    out.append(ch(a, i % 26))
print("warm", "".join(out[:30]), len(out))

u = "héllo wörld ✓ 日本"
out = []
for i in range(80):
    out.append(ch(u, i % len(u)))
print("unicode", "".join(out[:20]))

out = []
for i in range(1, 80):
    out.append(ch(a, -(i % 26) - 1))
print("negative", "".join(out[:28]))

errs = set()
for i in range(80):
    try:
        ch(a if i % 2 else u, 100 + i)
    except IndexError as e:
        errs.add(str(e))
print("oob", sorted(errs))

class S(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()
out = []
for i in range(80):
    out.append(ch(S("xyz"), i % 3))
print("subclass", "".join(out[:9]))
try:
    ch(a, 1.0)
except TypeError as e:
    print("TypeError", e)
out = []
for i in range(200):
    out.append(ch("mixé"[:3] if i % 2 else "mixé", i % 3))
print("alternating", "".join(out[:12]))
out = []
for i in range(200):
    out.append(ch(a, i % 26))
print("again", "".join(out[-5:]))

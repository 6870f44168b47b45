# BINARY_OP_INPLACE_ADD_UNICODE: s += s (both operands the same object), s += t with t aliasing s, truncation between rounds
def dbl(n):
    s = "ab"
    for i in range(n):
        s += s
        if len(s) > 1000:
            s = s[:3]
    return s

def alias(n):
    s = "x"
    for i in range(n):
        t = s
        s += t
        if len(s) > 64:
            s = t[:1] + "y"
    return s

def via_global(n):
    global G
    for i in range(n):
        G += "g"
    return len(G)

print("double", dbl(300), len(dbl(301)))
print("alias", alias(300), len(alias(301)))
G = ""
print("global", via_global(300), via_global(100))
def mixed(n):
    s = ""
    for i in range(n):
        s += "é" if i % 2 else "a"
        s += str(i % 10)
    return s
r = mixed(300)
print("mixed", len(r), r[:10], r[-6:])

def shifting(n):
    s = ""
    errors = 0
    kinds = []
    for i in range(n):
        if i == 250:
            s = []
        if i == 400:
            s = "back"
        piece = "z" if i < 250 or i >= 400 else ["z"]
        if i >= 450 and i % 2:
            piece = i
        try:
            s += piece
        except TypeError:
            errors += 1
        kinds.append(type(s).__name__)
    return len(s), errors, kinds.count("list"), kinds.count("str")
print("shifting", shifting(600))

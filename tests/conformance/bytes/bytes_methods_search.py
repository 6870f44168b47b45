b = b"the cat sat on the mat"
print(b.find(b"at"), b.rfind(b"at"), b.index(b"sat"), b.count(b"at"), b.count(b"t"))
print(b.find(b"zz"), b.startswith(b"the"), b.endswith((b"mat", b"x")), b.find(116))
print(b"at" in b, 97 in b, b"" in b)
try:
    b.index(b"dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "at" in b
except TypeError as e:
    print(type(e).__name__, e)

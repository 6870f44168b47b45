# COMPARE_OP_STR: warmed on == / != of strs, then non-ASCII, str subclass with __eq__, ordering comparisons, mixed types
def eq(a, b):
    return a == b
def ne(a, b):
    return a != b
def lt(a, b):
    return a < b

words = ["alpha", "beta", "gamma", "alpha"]
c = 0
for i in range(300):
    c += eq(words[i % 4], "alpha") + ne(words[i % 4], "beta")
print("warm", c)

c = 0
for i in range(90):
    c += eq("é" * (i % 3), "éé") + ne("✓", "✓")
print("nonascii", c)

class S(str):
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return True
    __hash__ = str.__hash__
c = 0
for i in range(90):
    c += eq(S("x"), "y") + ne(S("x"), "x") + eq("y", S("x"))
print("subclass", c)

c = 0
for i in range(90):
    c += eq(i, "1") + ne(None, "x") + eq(1, 1.0)
print("mixed", c)

c = 0
for i in range(300):
    c += lt(words[i % 4], "b")
print("ordering", c, lt("Z", "a"), lt("é", "z"), lt("", "\x00"))
try:
    lt("a", 1)
except TypeError as e:
    print("TypeError", e)
c = 0
for i in range(200):
    c += eq(str(i % 10), "3")
print("again", c)

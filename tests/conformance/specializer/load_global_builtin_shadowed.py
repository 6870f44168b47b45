# LOAD_GLOBAL_BUILTIN: len warmed as a builtin, then a module global named len shadows it, then deleted again
def measure(x):
    return len(x)

s = 0
for i in range(300):
    s += measure("abcd"[: i % 5])
print("warm", s)

def len(x):
    return -1
s = 0
for i in range(100):
    s += measure("abc")
print("shadowed", s)

del len
s = 0
for i in range(100):
    s += measure([1, 2])
print("unshadowed", s)

globals()["len"] = lambda x: 1000
print("via globals", measure("x"), sum(measure("x") for i in range(70)))
del globals()["len"]
print("restored", measure("xyz"))

def uses_many():
    return abs(-3) + max(1, 2) + min(4, 5) + int("6") + len("ab")
s = 0
for i in range(300):
    s += uses_many()
abs = lambda x: 0
int = float
s2 = 0
for i in range(100):
    s2 += uses_many()
print("many", s, s2, type(uses_many()).__name__)
del abs, int
print("many restored", uses_many(), type(uses_many()).__name__)

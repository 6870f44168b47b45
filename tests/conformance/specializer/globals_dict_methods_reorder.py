# LOAD_GLOBAL_MODULE: globals() mutated through dict methods (pop, clear+update in reverse order, popitem, setdefault)
A = 1
B = 2

def ra():
    return A
def rb():
    return B

for i in range(300):
    ra()
    rb()
g = globals()
v = g.pop("A")
print("pop", sum(rb() for i in range(100)))
try:
    ra()
except NameError as e:
    print("NameError", e)
g["A"] = 5
print("readd", sum(ra() for i in range(100)), rb())

def reorder(gl, items):
    gl.clear()
    gl.update(dict(reversed(items)))
for i in range(300):
    ra()
    rb()
reorder(g, list(dict(g).items()))
print("reordered", sum(ra() + rb() for i in range(100)), list(g)[-1])
for i in range(300):
    ra()
    rb()
k, v = g.popitem()
print("popitem", k, sum(ra() + rb() for i in range(100)))
g[k] = v
g.setdefault("A", 100)
g.setdefault("C", 3)
print("setdefault", sum(ra() + rb() for i in range(100)))
g.update(A=-1, B=-2)
print("update", sum(ra() + rb() for i in range(100)))

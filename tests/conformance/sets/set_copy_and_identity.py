a = {1, 2}
b = a
c = a.copy()
b.add(3)
print(a, c, a is b, a is c)
f = frozenset(a)
print(f.copy() is f, frozenset(f) is f)
print(set(a) == a, set(a) is a)

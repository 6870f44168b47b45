d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 0, "c": 0, "d": 0}
print(d1.keys() & d2.keys(), d1.keys() | d2.keys(), d1.keys() - d2.keys(), d1.keys() ^ d2.keys())
print(type(d1.keys() & d2.keys()).__name__)
print(d1.items() & {("a", 1), ("b", 5)})
print(d1.keys() <= {"a", "b", "c", "z"}, d1.keys().isdisjoint(["x"]))
s = set()
s.update(d1, d2.values())
print(s)

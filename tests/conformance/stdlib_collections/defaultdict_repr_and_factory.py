from collections import defaultdict
d = defaultdict(set)
d["a"].add(1)
print(repr(d))
d2 = defaultdict(int, {"x": 5}, y=6)
print(d2, d2.copy(), type(d2.copy()).__name__)
d2.default_factory = lambda: "new"
print(d2["z"], dict(d2))
def factory():
    return [0]
d3 = defaultdict(factory)
d3["k"][0] += 1
print(d3["k"], d3.default_factory.__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(d2 | {"w": 1}), type(d2 | {"w": 1}).__name__)

from collections import OrderedDict
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("a")
od.move_to_end("e", last=False)
print(od, list(od.keys()))
od["c"] = 5
del od["b"]
od["b"] = 1
print(list(od.items()))
print(od == OrderedDict(od), od == dict(od), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(od.pop("c"), od.setdefault("z", 9), od)
print(od | {"new": 1})

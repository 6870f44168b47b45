names = ["x", "y", "z"]
print({i: n for i, n in enumerate(names, 1)})
print({n: i for i, n in enumerate(names)})
keys, vals = "abc", [10, 20, 30]
print({k: v for k, v in zip(keys, vals)})
print({k: sum(v) for k, v in {"a": [1, 2], "b": [3]}.items()})
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv, {v: sorted(ks) for v, ks in inv.items()})

lst = [1, 2, 3]
res = [lst.append(x) or x for x in lst[:]]
print(res, lst)
d = {"a": 1}
try:
    {k: d.setdefault(k + "x", 0) for k in d}
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    [s.add(x + 10) for x in s]
except RuntimeError as e:
    print(type(e).__name__, e)

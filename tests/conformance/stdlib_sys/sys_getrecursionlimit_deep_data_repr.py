import sys
nested = []
cur = nested
for _ in range(50):
    new = []
    cur.append(new)
    cur = new
print(repr(nested)[:20], len(repr(nested)))
d = {}
cur = d
for i in range(30):
    cur[i] = {}
    cur = cur[i]
print(str(d)[:25])
lst = [1]
lst.append(lst)
print(lst, repr(lst))
dd = {"self": None}
dd["self"] = dd
print(dd)

# BINARY_SUBSCR_* family: one site cycling list, tuple, str, dict, range, user __getitem__ past the miss cooldown
class U:
    def __getitem__(self, k):
        return k
def get(o, k):
    return o[k]

objs = [[1, 2, 3], (4, 5, 6), "789", {0: 10, 1: 11, 2: 12}, range(13, 16), U(), "é€✓"]
out = []
for o in objs:
    acc = []
    for i in range(90):
        acc.append(get(o, i % 3))
    out.append(acc[:3])
print(out)
acc = []
for i in range(700):
    acc.append(get(objs[i % 7], i % 3))
print(len(acc), acc[:14])

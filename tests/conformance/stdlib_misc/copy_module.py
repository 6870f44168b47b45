import copy
orig = {"a": [1, 2], "b": {"c": [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(100)
print(sh, dp)
class P:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("custom copy")
        return P(self.items)
p = P([1])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append(2)
print(p2.items, p3.items)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
tup = (1, [2])
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy("s"))

class Store:
    def __init__(self):
        self.data = {}
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k))
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        self.log.append(("del", k))
        del self.data[k]

s = Store()
s["a"] = 1
s[1, 2] = "tuple"
try:
    s[0:3] = "slice"
except TypeError as e:
    print(type(e).__name__, e)
print(s["a"], s[1, 2])
del s["a"]
print(s.log)
try:
    s["zz"]
except KeyError as e:
    print(type(e).__name__, e)
s["c"] = 5
s["c"] += 10
print(s["c"], s.log[-2:])
class RO:
    def __getitem__(self, k):
        return k
try:
    RO()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del RO()[0]
except TypeError as e:
    print(type(e).__name__, e)

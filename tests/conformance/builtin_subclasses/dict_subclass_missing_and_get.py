class Defaulting(dict):
    def __missing__(self, key):
        return key * 2

d = Defaulting({"a": 1})
print(d["a"], d["bb"], d.get("bb", "get ignores missing"), d.setdefault("q", 0))
print(d, "bb" in d)
class Counting(dict):
    lookups = 0
    def __getitem__(self, k):
        Counting.lookups += 1
        return super().__getitem__(k)
c = Counting(x=1)
c["x"]; c.get("x"); c["x"]
print(Counting.lookups)

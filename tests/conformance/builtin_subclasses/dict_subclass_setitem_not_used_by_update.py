class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

u = Upper()
u["a"] = 1
u.update(b=2)
u.setdefault("c", 3)
print(u)
u2 = Upper({"x": 1})
print(u2)
u2["y"] = 2
print(u2)

class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"

d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))

class Counter2(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter2()
for ch in "hello":
    c[ch] += 1
print(c)

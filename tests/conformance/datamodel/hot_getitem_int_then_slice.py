class Seq:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop)
        return k * 2

s = Seq()
vals = []
for i in range(100):
    vals.append(s[i])
vals.append(s[1:5])
vals.append(s[-1])
print(vals[:3], vals[-2:], sum(v for v in vals if isinstance(v, int)))

class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)

l = Logged()
l.append(1)
l.extend([2, 3])
l[0] = 10
l += [4]
print(l)
l.insert(0, "z")
print(l, len(l))

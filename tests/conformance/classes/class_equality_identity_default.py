class Box:
    def __init__(self, v):
        self.v = v

a = Box(1)
b = Box(1)
print(a == b, a is b, a == a, a != b)
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])
print(hash(a) == hash(a))
lst = [a, b]
print(lst.index(b), b in lst, Box(1) in lst)

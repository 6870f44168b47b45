class NonData:
    def __get__(self, obj, owner):
        return "descriptor"

class A:
    d = NonData()

a = A()
a.__dict__["d"] = "instance dict"
out = []
for i in range(100):
    if i == 50:
        NonData.__set__ = lambda self, obj, v: None
    out.append(a.d)
print(out[0], out[49], out[50], out[-1])

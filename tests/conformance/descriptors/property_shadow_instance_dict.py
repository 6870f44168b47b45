class C:
    @property
    def x(self):
        return "from property"

c = C()
c.__dict__["x"] = "from dict"
print(c.x)
print(c.__dict__)

class NonData:
    def __get__(self, obj, owner):
        return "from nondata"

class D:
    x = NonData()

d = D()
print(d.x)
d.__dict__["x"] = "from dict"
print(d.x)
d.x = "assigned"
print(d.x, D.x)

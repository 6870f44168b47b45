class C:
    def m(self):
        return "method"

c = C()
c.m = lambda: "instance attr"
print(c.m())
print(C.m(c))
del c.m
print(c.m())
C.m = "now a string"
print(c.m)

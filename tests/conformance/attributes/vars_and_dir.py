class A:
    x = 1
    def m(self):
        pass

a = A()
a.y = 2
print(vars(a))
names = dir(a)
print("x" in names, "y" in names, "m" in names, "__init__" in names)
print(names == sorted(names))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]

print(dir(CustomDir()))

class DataDesc:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, v):
        obj.__dict__["x"] = v

class NonDataDesc:
    def __get__(self, obj, owner):
        return "nondata"

class A:
    x = DataDesc()
    y = NonDataDesc()

a = A()
a.__dict__["x"] = "dict-x"
a.__dict__["y"] = "dict-y"
print(a.x, a.y)
a.x = "set-x"
print(a.x, a.__dict__["x"])
del a.__dict__["y"]
print(a.y)

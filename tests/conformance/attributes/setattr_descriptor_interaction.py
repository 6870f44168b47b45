class Watch:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return obj.__dict__.get(self.name, 0) if obj else self
    def __set__(self, obj, v):
        print("descriptor set", self.name, v)
        obj.__dict__[self.name] = v

class A:
    x = Watch()
    def __setattr__(self, name, value):
        print("__setattr__", name)
        super().__setattr__(name, value)

a = A()
a.x = 5
a.y = 6
print(a.x, a.y)
object.__setattr__(a, "x", 7)
print(a.x)

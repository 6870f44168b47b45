class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, v):
        setattr(obj, self.private, v)

class Model:
    first = Field()
    second = Field()

m = Model()
m.first = 1
print(m.first, m.second, sorted(vars(m)))
print(Model.first.public, Model.second.private)

f = Field()
class Late:
    pass
Late.x = f
print(hasattr(f, "public"))
f.__set_name__(Late, "x")
print(f.public)

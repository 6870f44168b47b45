class Root:
    def __init__(self, **kw):
        self.extra = sorted(kw)

class Named(Root):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)

class Aged(Root):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)

class Person(Named, Aged):
    pass

p = Person(name="Ann", age=30, hobby="chess", pet="cat")
print(p.name, p.age, p.extra)
print([c.__name__ for c in Person.__mro__])

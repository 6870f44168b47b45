class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)

class Base(metaclass=Meta):
    def __init_subclass__(cls, label="none", **kw):
        print("init_subclass", cls.__name__, label)
        super().__init_subclass__(**kw)

class Child(Base, label="kid"):
    pass

class Plain(Base):
    pass

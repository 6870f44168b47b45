class Base:
    def __init_subclass__(cls):
        cls.tag = cls.__name__.lower()

class Child(Base): pass
class GrandChild(Child): pass
print(Child.tag, GrandChild.tag, hasattr(Base, "tag"))
print(type(Base.__dict__["__init_subclass__"]).__name__)

class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} needs 'required'")

class Good(Strict):
    required = 1
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Good.required)

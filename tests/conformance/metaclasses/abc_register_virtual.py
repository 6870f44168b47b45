from abc import ABC

class Sized2(ABC):
    pass

class Mine:
    pass

print(issubclass(Mine, Sized2), isinstance(Mine(), Sized2))
Sized2.register(Mine)
print(issubclass(Mine, Sized2), isinstance(Mine(), Sized2))
print(Sized2 in Mine.__mro__)

class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, "quack")
        return NotImplemented

class Mallard:
    def quack(self):
        return "quack"

print(isinstance(Mallard(), Duck), isinstance(5, Duck))

class Singleton:
    _instance = None
    inits = 0

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        Singleton.inits += 1

a = Singleton()
b = Singleton()
print(a is b, Singleton.inits)

class Sub(Singleton):
    pass

c = Sub()
print(c is a, type(c).__name__, Singleton.inits)

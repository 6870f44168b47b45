def f(self, x):
    return (type(self).__name__, x)

class C:
    pass

c = C()
bound = f.__get__(c, C)
print(bound(1), bound.__self__ is c)
print(f.__get__(None, C) is f)
C.g = f
print(c.g(2))
print(hasattr(f, "__get__"), hasattr(f, "__set__"))
print(type(bound).__name__)

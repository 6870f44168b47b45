class Guarded:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj._g

    def __set__(self, obj, v):
        obj._g = v

    def __delete__(self, obj):
        print("delete called on", type(obj).__name__)
        obj._g = None

class H:
    g = Guarded()

h = H()
h.g = 5
print(h.g)
del h.g
print(h.g)

class OnlyDelete:
    def __delete__(self, obj):
        print("only delete")

class K:
    d = OnlyDelete()

k = K()
del k.d
try:
    k.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(k.d).__name__)

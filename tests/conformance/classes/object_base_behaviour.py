o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(o).__name__, object.__bases__, object.__base__)
print(hasattr(o, "__dict__"))
print(o == o, o != o, o == object())

class Plain:
    pass

p = Plain()
print(hasattr(p, "__dict__"), p.__dict__)
print(Plain.__bases__ == (object,))
print(p.__eq__(p), p.__eq__(1) is NotImplemented, p.__ne__(1) is NotImplemented)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)

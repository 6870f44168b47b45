class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)))
print(issubclass(B, B), issubclass(B, object), issubclass(int, object))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object))
print(isinstance(object, type), issubclass(type, object))
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__, e)

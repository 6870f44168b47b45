class A:
    pass

setattr(A, "shared", [1])
a1, a2 = A(), A()
print(a1.shared is a2.shared)
setattr(a1, "shared", [2])
print(a1.shared, a2.shared, A.shared)
setattr(A, "method", lambda self: "m:" + type(self).__name__)
print(a2.method())
delattr(A, "method")
print(hasattr(a2, "method"))
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)

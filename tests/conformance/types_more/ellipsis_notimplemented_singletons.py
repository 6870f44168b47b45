print(..., Ellipsis, repr(...), str(...), ... is Ellipsis, type(...)() is ...)
print(NotImplemented, repr(NotImplemented), type(NotImplemented)() is NotImplemented)
print(None.__bool__(), type(None)() is None, bool(...))
x = [1, 2, 3]
print(x[...] if False else "ellipsis index not supported on list")
class A:
    def __getitem__(self, k):
        return k
print(A()[...], A()[..., 1], A()[1:..., ...])

class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0

e = Evens()
print(4 in e, 3 in e, 3 not in e)

class ViaIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in ViaIter(), 7 in ViaIter())

class Truthy:
    def __contains__(self, x):
        return "non-empty string"
print(1 in Truthy())
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)

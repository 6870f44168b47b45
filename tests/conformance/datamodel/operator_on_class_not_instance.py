class A:
    def __add__(self, other):
        return "instance add"
    def __len__(self):
        return 3

a = A()
print(a + 1, len(a))
try:
    A + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(A)
except TypeError as e:
    print(type(e).__name__, e)
a.__add__ = lambda o: "per-instance"
print(a + 1, a.__add__(1))

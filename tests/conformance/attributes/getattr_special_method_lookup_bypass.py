class C:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"

c = C()
print(c.__len__())
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
c.__len__ = lambda: 5
try:
    print(len(c))
except TypeError as e:
    print(type(e).__name__, e)
C.__len__ = lambda self: 7
print(len(c))

class Meta(type):
    def __getattr__(cls, name):
        return f"meta provides {name}"

class C(metaclass=Meta):
    real = 1

    def __getattr__(self, name):
        return f"instance provides {name}"

print(C.real, C.virtual)
print(C().virtual)

class NoMeta:
    def __getattr__(self, name):
        return 1
try:
    NoMeta.virtual
except AttributeError as e:
    print(type(e).__name__, e)

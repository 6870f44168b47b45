class C:
    @property
    def broken(self):
        raise AttributeError("inner missing")

    def __getattr__(self, name):
        return f"fallback for {name}"

c = C()
print(c.broken)
print(c.other)

class D:
    @property
    def broken(self):
        raise AttributeError("inner missing")

try:
    D().broken
except AttributeError as e:
    print(type(e).__name__, e)

class Tracked:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)

t = Tracked()
del t.a
delattr(t, "b")
print(vars(t))
try:
    del t.c
except AttributeError as e:
    print(type(e).__name__, e)

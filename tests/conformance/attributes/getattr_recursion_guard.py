class Safe:
    def __init__(self):
        self.data = {"a": 1}

    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None

s = Safe()
print(s.a)
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
blank = Safe.__new__(Safe)
try:
    blank.a
except AttributeError as e:
    print(type(e).__name__, e)

class Weird:
    @property
    def bad(self):
        raise ValueError("not an attribute error")

    @property
    def missing(self):
        raise AttributeError("really missing")

w = Weird()
print(hasattr(w, "missing"))
try:
    hasattr(w, "bad")
except ValueError as e:
    print(type(e).__name__, e)

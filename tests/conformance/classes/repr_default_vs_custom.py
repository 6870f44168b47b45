class WithRepr:
    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return f"WithRepr({self.a!r})"

w = WithRepr("q")
print(w, repr(w), str(w), [w], {"k": w})
print(f"{w}", f"{w!r}", "%s %r" % (w, w))

class StrOnly:
    def __str__(self):
        return "just str"

s = StrOnly()
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at"))

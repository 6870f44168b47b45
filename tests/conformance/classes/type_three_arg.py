def init(self, v):
    self.v = v

Base = type("Base", (), {"kind": "base", "__init__": init})
Derived = type("Derived", (Base,), {"kind": "derived", "double": lambda self: self.v * 2})
d = Derived(21)
print(d.kind, d.double(), d.v)
print(Derived.__name__, Derived.__qualname__, [c.__name__ for c in Derived.__mro__])
print(isinstance(d, Base), type(d).__name__)
Empty = type("Empty", (), {})
print(Empty.__bases__ == (object,), Empty.__name__)
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {}, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(type("Doc", (), {"__doc__": "hello"}).__doc__)

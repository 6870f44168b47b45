class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            pass

    def method(self):
        pass

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.method.__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__)

def factory():
    class Local:
        pass
    return Local

L = factory()
print(L.__name__, L.__qualname__)

class Base:
    a = 1
    def f(self):
        pass

class Derived(Base):
    b = 2

print(sorted(k for k in Derived.__dict__ if not k.startswith("__")))
print(sorted(k for k in Base.__dict__ if not k.startswith("__")))
print("__module__" in Derived.__dict__, "__doc__" in Derived.__dict__)
print(Derived.__doc__, Derived.a)
d = Derived()
print(d.__dict__, "a" in dir(d), "b" in dir(d))

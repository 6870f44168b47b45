class Base:
    @property
    def name(self):
        return "base"

class Child(Base):
    @Base.name.getter
    def name(self):
        return "child:" + super().name

class Settable(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v

print(Child().name, Base().name)
s = Settable()
s.name = "zz"
print(s.name, s._n)
try:
    Base().name = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Base.__dict__["name"]).__name__, Base.name is not Child.name)

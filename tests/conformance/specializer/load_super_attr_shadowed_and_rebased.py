# LOAD_SUPER_ATTR_ATTR / _METHOD: warmed with the builtin super, then super rebound as a global, the base
# method replaced, __bases__ reassigned, super(C, obj) with an obj failing super's check, classmethod targets


class Base:
    label = "base"

    def greet(self, n):
        return n + 1

    @classmethod
    def kind(cls):
        return "kind:" + cls.__name__


class Other:
    label = "other"

    def greet(self, n):
        return n * 10

    @classmethod
    def kind(cls):
        return "other-kind:" + cls.__name__


class Child(Base):
    def greet(self, n):
        return super().greet(n) + 100

    def label_of(self):
        return super().label

    def explicit(self, n):
        return super(Child, self).greet(n)

    @classmethod
    def kind2(cls):
        return super().kind()


c = Child()
total = 0
for i in range(300):
    total += c.greet(i) + c.explicit(i) + len(c.label_of())
print("warm", total, c.label_of(), Child.kind2())

Base.greet = lambda self, n: n - 1
Base.label = "patched"
total = 0
for i in range(100):
    total += c.greet(i)
print("base replaced", total, c.label_of())

Child.__bases__ = (Other,)
total = 0
for i in range(100):
    total += c.greet(i)
print("rebased", total, c.label_of(), Child.kind2())


class FakeSuper:
    def __init__(self, cls=None, obj=None):
        self.cls = cls

    def __getattr__(self, name):
        return lambda *a: ("fake", name, getattr(self.cls, "__name__", None))


super = FakeSuper  # a global named super shadows the builtin
results = set()
for i in range(80):
    results.add(c.explicit(1))
    results.add(("label is callable", callable(c.label_of())))
print("shadowed", sorted(results))
del super
total = 0
for i in range(100):
    total += c.explicit(i)
print("unshadowed", total)

errors = set()


def bad(obj):
    return super(Child, obj).greet(1)


for obj in [c] * 70 + [3] * 60:
    try:
        bad(obj)
    except TypeError as e:
        errors.add(str(e))
print("bad obj", sorted(errors))

class Base:
    @classmethod
    def create(cls, *args):
        return (cls.__name__, "Base.create", args)

class Child(Base):
    @classmethod
    def create(cls, *args):
        r = super().create(*args)
        return r + ("Child.create",)

print(Child.create(1, 2))
print(Base.create())
print(Child().create("i"))

class S:
    @staticmethod
    def helper(x):
        return x + 1

class T(S):
    @staticmethod
    def helper(x):
        return super(T, T).helper(x) * 100

print(T.helper(1))

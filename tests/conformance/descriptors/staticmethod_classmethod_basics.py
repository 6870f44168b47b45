class M:
    factor = 3

    @staticmethod
    def s(a, b):
        return a + b

    @classmethod
    def c(cls, a):
        return (cls.__name__, a * cls.factor)

class N(M):
    factor = 10

print(M.s(1, 2), M().s(3, 4), N.s(5, 6))
print(M.c(2), N.c(2), N().c(2))
sm = M.__dict__["s"]
cm = M.__dict__["c"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(7, 8), cm.__func__(N, 1))
print(sm(1, 1))
print(callable(cm))

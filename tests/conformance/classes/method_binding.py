class A:
    def f(self, n):
        return ("f", type(self).__name__, n)

a = A()
m = a.f
print(m(1))
print(A.f(a, 2))
print(m.__self__ is a, m.__func__ is A.f)
print(m.__name__, A.f.__name__, A.f.__qualname__)
print(a.f == a.f, a.f is a.f)
fs = [a.f, a.f]
print(fs[0] == fs[1])
class B:
    pass
B.g = lambda self, k: k * 2
print(B().g(21))
b = B()
b.h = lambda k: k + 1
print(b.h(1))

class A:
    def f(self):
        return 1

a = A()

class A:
    def f(self):
        return 2

b = A()
print(a.f(), b.f(), type(a) is type(b), type(a).__name__ == type(b).__name__)

def new_f(self):
    return 3

type(a).f = new_f
print(a.f(), b.f())
del type(a).f
try:
    a.f()
except AttributeError as e:
    print(type(e).__name__, e)

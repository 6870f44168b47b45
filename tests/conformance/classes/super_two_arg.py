class A:
    def f(self):
        return "A.f"

class B(A):
    def f(self):
        return "B.f"

class C(B):
    def f(self):
        return "C.f"

c = C()
print(super(C, c).f())
print(super(B, c).f())
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)

def outside(obj):
    return super(type(obj), obj).f()

print(outside(c))
print(super(C, C).f(c))
s = super(C, c)
print(type(s).__name__)

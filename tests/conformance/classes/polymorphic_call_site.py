class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A):
    pass
class D:
    f = staticmethod(lambda: "D-static")
class E:
    def __init__(self):
        self.f = lambda: "E-instance"

objs = [A(), B(), C(), D(), E()]
counts = {}
for _ in range(100):
    for o in objs:
        r = o.f()
        counts[r] = counts.get(r, 0) + 1
print(sorted(counts.items()))

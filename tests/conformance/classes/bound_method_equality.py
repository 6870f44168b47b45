class A:
    def f(self, n):
        pass
a = A()
print(a.f == a.f, a.f != a.f, a.f == A().f, [].append == [].append)
l = []
print(l.append == l.append, hash(a.f) == hash(a.f))

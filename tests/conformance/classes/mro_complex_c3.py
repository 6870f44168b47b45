class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

for k in (A, B, C, D, E, F, O):
    print(k.__name__, [c.__name__ for c in k.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([c.__name__ for c in Z.__mro__], [c.__name__ for c in W.__mro__])

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1, M2): pass
class D(A, B, metaclass=M3): pass
print(type(D).__name__)

class Sub(M1): pass
class E(A, metaclass=Sub): pass
print(type(E).__name__)
class F(E, A): pass
print(type(F).__name__)

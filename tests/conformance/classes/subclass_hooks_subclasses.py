class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
print(sorted(c.__name__ for c in Base.__subclasses__()))
print([c.__name__ for c in A.__subclasses__()])
print(C.__bases__[0].__bases__[0].__name__)

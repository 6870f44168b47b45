order = []

class A:
    def __init_subclass__(cls, **kw):
        order.append(("A", cls.__name__))
        super().__init_subclass__(**kw)

class B:
    def __init_subclass__(cls, **kw):
        order.append(("B", cls.__name__))
        super().__init_subclass__(**kw)

class C(A, B):
    pass

class D(C):
    pass

print(order)

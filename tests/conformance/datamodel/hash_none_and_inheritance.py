class A:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__

class B(A):
    pass

class C:
    __hash__ = None

b = B()
print(hash(b) == hash(b), A() == 5)
try:
    hash(C())
except TypeError as e:
    print(type(e).__name__, e)
import collections.abc
print(isinstance(C(), collections.abc.Hashable), isinstance(B(), collections.abc.Hashable))

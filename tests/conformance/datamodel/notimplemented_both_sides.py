class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented

class B:
    def __radd__(self, o):
        print("B.__radd__")
        return NotImplemented
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
    def __gt__(self, o):
        print("B.__gt__")
        return NotImplemented

try:
    A() + B()
except TypeError as e:
    print(type(e).__name__, e)
print(A() == B())
print(A() != B())
try:
    A() < B()
except TypeError as e:
    print(type(e).__name__, e)

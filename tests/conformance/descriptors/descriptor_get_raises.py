class Boom:
    def __get__(self, obj, owner):
        raise KeyError("boom")

class A:
    b = Boom()

try:
    A().b
except KeyError as e:
    print(type(e).__name__, e)
try:
    A.b
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(A(), "missing", "default"))
try:
    getattr(A(), "b", "default")
except KeyError as e:
    print("getattr default does not hide", type(e).__name__)

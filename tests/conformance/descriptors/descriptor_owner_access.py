class Show:
    def __get__(self, obj, owner=None):
        return ("obj" if obj is not None else "None", owner.__name__ if owner else None)

class A:
    s = Show()

class B(A):
    pass

print(A.s, A().s, B.s, B().s)
d = A.__dict__["s"]
print(d.__get__(None, B), d.__get__(A()))

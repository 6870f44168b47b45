@staticmethod
def standalone(x):
    return x * 3

print(standalone(4))
print(standalone.__func__(5))
print(standalone.__wrapped__(6))

class Holder:
    f = standalone
    @classmethod
    def make(cls):
        return cls.f(2)

print(Holder.make(), Holder().f(1))
cm = classmethod(lambda cls, y: (cls.__name__, y))
class User:
    go = cm
print(User.go(9), User().go(8))

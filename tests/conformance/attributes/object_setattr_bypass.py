class Locked:
    def __setattr__(self, name, value):
        raise AttributeError("locked")

x = Locked()
object.__setattr__(x, "secret", 42)
print(x.secret)
print(object.__getattribute__(x, "secret"))
object.__delattr__(x, "secret")
print(hasattr(x, "secret"))
try:
    object.__setattr__(5, "y", 1)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

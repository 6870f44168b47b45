class Tracker:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)

t1 = Tracker()
t2 = Tracker()
C = type("C", (), {"a": t1, "b": t2})
print(t1.where, t2.where)

class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)

try:
    class D:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None)

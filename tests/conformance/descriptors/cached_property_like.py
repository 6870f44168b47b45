class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Data:
    calls = 0

    @lazy
    def expensive(self):
        Data.calls += 1
        return sum(range(100))

d = Data()
print(d.expensive, d.expensive, Data.calls)
e = Data()
print(e.expensive, Data.calls)
print("expensive" in vars(d))

def as_factory(cls):
    def make(*args):
        return ("made", cls.__name__, cls(*args).value)
    return make

@as_factory
class Thing:
    def __init__(self, v):
        self.value = v * 2

print(Thing(21))
print(type(Thing).__name__)

def count_instances(cls):
    orig = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls

@count_instances
class Item:
    def __init__(self, n):
        self.n = n

items = [Item(i) for i in range(4)]
print(Item.count, items[-1].n)

class Counted:
    def __init__(self):
        self.reads = {}

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        key = obj.label
        self.reads[key] = self.reads.get(key, 0) + 1
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Item:
    price = Counted()

    def __init__(self, label, price):
        self.label = label
        self.price = price

a, b = Item("a", 1), Item("b", 2)
total = 0
for _ in range(3):
    total += a.price + b.price
total += a.price
print(total, sorted(Item.price.reads.items()))

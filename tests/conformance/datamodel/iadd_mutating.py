class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __add__(self, other):
        b = Bag()
        b.items = self.items + list(other)
        return b

a = Bag()
alias = a
a += [1, 2]
print(a is alias, a.items)
c = a + [3]
print(c is a, c.items, a.items)

class BadIadd:
    def __iadd__(self, other):
        return None

x = BadIadd()
x += 1
print(x)

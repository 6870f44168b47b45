from functools import partialmethod, cached_property

class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, value):
        self.state = value
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state)

class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        print("computing total")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, "total" in vars(d))

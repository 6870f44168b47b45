class Base:
    def __init__(self, v):
        self.v = v
        self.trail = ["Base"]

    def value(self):
        return self.v

class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.trail.append("Mid")

    def value(self):
        return super().value() + 1

class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v + 1)
        self.trail.append("Leaf")

    def value(self):
        return super().value() * 10

x = Leaf(3)
print(x.v, x.trail, x.value())

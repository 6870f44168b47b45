class Shape:
    def area(self):
        return 1

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

objs = [Sq(i % 5) for i in range(10)]
total = 0
for round_ in range(4):
    for _ in range(30):
        for o in objs:
            total += o.area()
    print("round", round_, total)
    if round_ == 0:
        Sq.area = lambda self: -1
    elif round_ == 1:
        del Sq.area
    elif round_ == 2:
        Shape.area = lambda self: 100

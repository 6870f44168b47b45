class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o

n = N(10)
acc = []
for i in range(150):
    if i == 50:
        N.__add__ = lambda self, o: self.v * o
    if i == 100:
        del N.__add__
    try:
        acc.append(n + 2)
    except TypeError as e:
        acc.append("TypeError")
print(acc[0], acc[49], acc[50], acc[99], acc[100], acc[-1])

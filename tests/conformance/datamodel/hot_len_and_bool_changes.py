class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

b = Box(0)
truth = []
for i in range(120):
    if i == 40:
        b.n = 3
    if i == 80:
        Box.__bool__ = lambda self: False
    truth.append(bool(b))
print(truth[0], truth[40], truth[80], truth.count(True), truth.count(False))

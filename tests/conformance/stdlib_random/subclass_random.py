import random

class Loaded(random.Random):
    def random(self):
        return 0.999999

r = Loaded(1)
print(r.random(), r.choice("abc"), r.uniform(0, 10))

class Counting(random.Random):
    calls = 0
    def random(self):
        Counting.calls += 1
        return super().random()

cr = Counting(5)
vals = [cr.random() for _ in range(3)]
print(vals, Counting.calls)

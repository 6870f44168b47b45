class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
it = iter(c)
print(it is c)
for x in Countdown(2):
    print("loop", x)
print(sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
a, b, *rest = Countdown(5)
print(a, b, rest)

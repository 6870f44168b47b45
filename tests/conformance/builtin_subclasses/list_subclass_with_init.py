class Ring(list):
    def __init__(self, iterable, size):
        super().__init__(iterable)
        self.size = size
    def rotate(self, k):
        k %= len(self)
        self[:] = self[k:] + self[:k]
        return self

r = Ring("abcde", 5)
print(r.rotate(2), r.size, r.rotate(-1))
print(r.__dict__)
try:
    Ring([1])
except TypeError as e:
    print(type(e).__name__, e)

class Even(int):
    def __new__(cls, value):
        if value % 2:
            value += 1
        return super().__new__(cls, value)

e = Even(7)
print(e, type(e).__name__, e + 1, isinstance(e, int))
print(Even(10) * 3)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

p = Pair(4, 5)
print(p, p.first, len(p), p + (6,))

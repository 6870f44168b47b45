def make():
    n = 3
    class K:
        vals = [i for i in range(n)]
    return K.vals
print(make())

class Outer:
    size = 4
    vals = [i for i in range(size)]
    pairs = [(i, j) for i in range(2) for j in range(2)]
print(Outer.vals, Outer.pairs)

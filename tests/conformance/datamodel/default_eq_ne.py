class E:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, E) and self.k == o.k

print(E(1) == E(1), E(1) != E(1), E(1) != E(2))
print(E(1) == 1, E(1) != 1)
print(E.__hash__ is None)
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {E(1)}
except TypeError as e:
    print(type(e).__name__, e)

class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
x = OnlyNe()
print(x != 1, x == x, x == OnlyNe())

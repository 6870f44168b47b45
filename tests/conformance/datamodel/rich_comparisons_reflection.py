class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"{self.v}.__lt__({o.v if isinstance(o, Num) else o})")
        return self.v < (o.v if isinstance(o, Num) else o)
    def __le__(self, o):
        print("le")
        return self.v <= (o.v if isinstance(o, Num) else o)

a, b = Num(1), Num(2)
print(a < b)
print(a > b)
print(5 > a)
print(a >= b)
try:
    a >= 3
except TypeError as e:
    print(type(e).__name__, e)

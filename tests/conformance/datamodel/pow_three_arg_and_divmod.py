class Modular:
    def __init__(self, v):
        self.v = v
    def __pow__(self, exp, mod=None):
        if mod is None:
            return ("pow2", self.v ** exp)
        return ("pow3", pow(self.v, exp, mod))
    def __rpow__(self, base):
        return ("rpow", base ** self.v)
    def __divmod__(self, o):
        return (self.v // o, self.v % o)

m = Modular(3)
print(m ** 4, pow(m, 4), pow(m, 4, 5), 2 ** m, divmod(m, 2))
try:
    pow(2, m, 5)
except TypeError as e:
    print(type(e).__name__, e)

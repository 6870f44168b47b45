class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, *args, scale=1, **kw):
        return [a * self.k * scale for a in args], sorted(kw)

m = Multiplier(3)
print(m(1, 2, 3))
print(m(1, scale=10, extra=True))
print(sorted([3, 1, 2], key=Multiplier(-1).__call__))

class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __call__(self, *args):
        return "/".join(self.path) + repr(args)

print(Chain().api.users.get(5))

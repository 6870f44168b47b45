class R:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3

r = R()
print(list(vars(r)))
r.b = 4
del r.a
r.a = 5
print(list(r.__dict__), list(r.__dict__.values()))

class Validated:
    def __init__(self, *checks):
        self.checks = checks

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        for check in self.checks:
            check(value)
        setattr(obj, self.name, value)

def positive(v):
    if v <= 0:
        raise ValueError(f"{v} is not positive")

def small(v):
    if v > 100:
        raise ValueError(f"{v} is too big")

class Order:
    qty = Validated(positive, small)

    def __init__(self, qty):
        self.qty = qty

for q in [5, 0, 500, 100]:
    try:
        print("ok", Order(q).qty)
    except ValueError as e:
        print(type(e).__name__, e)

log = []

class Thing:
    def __new__(cls, *args, **kwargs):
        log.append(("new", cls.__name__, args, sorted(kwargs)))
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, a, b=2):
        log.append(("init", a, b))
        self.a = a
        self.b = b

t = Thing(1, b=5)
print(t.created, t.a, t.b)
for entry in log:
    print(entry)

class Other:
    pass

class ReturnsOther:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("never called")

r = ReturnsOther()
print(type(r).__name__)

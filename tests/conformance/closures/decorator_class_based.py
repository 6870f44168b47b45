class Trace:
    def __init__(self, fn):
        self.fn = fn
        self.log = []
    def __call__(self, *args):
        r = self.fn(*args)
        self.log.append((args, r))
        return r

@Trace
def mul(a, b):
    return a * b

mul(2, 3)
mul(4, 5)
print(mul.log, type(mul).__name__)

class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: ("bound", self.fn(obj, *a))

class Holder:
    @Method
    def go(self, x):
        return x + 1
print(Holder().go(1))

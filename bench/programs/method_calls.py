# method_calls: method call shapes: simple and polymorphic instance methods,
# calls up an inheritance chain with super(), bound methods kept in variables,
# class methods, static methods, __call__, keyword and default arguments, and
# *args forwarding. A tiny expression evaluator gives the calls a purpose.
SIZE = 160000  # evaluation rounds (work is linear in SIZE)


class Expr:
    def evaluate(self, env):
        raise NotImplementedError

    def weight(self):
        return 1


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env.lookup(self.name)


class BinOp(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def evaluate(self, env):
        return self.combine(self.left.evaluate(env), self.right.evaluate(env))

    def weight(self):
        return super().weight() + self.left.weight() + self.right.weight()


class Add(BinOp):
    def combine(self, a, b):
        return a + b


class Sub(BinOp):
    def combine(self, a, b):
        return a - b


class Mul(BinOp):
    def combine(self, a, b):
        return (a * b) % 100003


class Env:
    def __init__(self, **bindings):
        self.bindings = bindings

    def lookup(self, name):
        return self.bindings[name]

    @classmethod
    def counting(cls, n):
        return cls(x=n, y=n * 2 + 1, z=n % 13)

    @staticmethod
    def clamp(value, lo=0, hi=1000):
        return lo if value < lo else hi if value > hi else value


class Counter:
    def __init__(self):
        self.calls = 0
        self.total = 0

    def __call__(self, value, scale=1):
        self.calls += 1
        self.total += value * scale
        return self


class Scaled(Counter):
    def __call__(self, value, scale=1):
        return super().__call__(value, scale * 2)


def forward(fn, *args, **kwargs):
    return fn(*args, **kwargs)


def build():
    x, y, z = Var("x"), Var("y"), Var("z")
    return [
        Add(x, Const(1)),
        Mul(Add(x, y), Sub(z, Const(3))),
        Sub(Mul(x, x), Mul(y, Add(z, Const(7)))),
        Add(Add(Add(x, y), Add(z, x)), Mul(Const(2), y)),
    ]


def main(rounds):
    exprs = build()
    plain = Counter()
    scaled = Scaled()
    record = plain.__call__
    clamp = Env.clamp
    weights = sum(e.weight() for e in exprs)
    for n in range(rounds):
        env = Env.counting(n)
        for e in exprs:
            v = e.evaluate(env)
            record(clamp(v))
            scaled(v % 10, scale=3)
            forward(plain, v & 7, scale=2)
        Env.clamp(n, hi=500)
    print(f"method_calls rounds={rounds} weights={weights} plain={plain.calls}/{plain.total} scaled={scaled.calls}/{scaled.total}")


main(SIZE)

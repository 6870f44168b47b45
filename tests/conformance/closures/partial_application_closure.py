def partial(fn, *bound, **kbound):
    def call(*args, **kw):
        return fn(*bound, *args, **{**kbound, **kw})
    return call

def power(base, exp, mod=None):
    return pow(base, exp, mod)

sq = partial(power, exp=2)
two_to = partial(power, 2)
print(sq(9), two_to(10), two_to(100, mod=7), sq(5, exp=3))

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, lambda x: x + 1, lambda x: x * 2)(5))

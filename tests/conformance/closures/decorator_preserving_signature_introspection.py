import functools
import inspect

def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w

@deco
def func(a, b: int = 2, *, c="x") -> str:
    return f"{a}{b}{c}"

print(func(1), inspect.signature(func), func.__annotations__)
print(str(inspect.signature(lambda x, /, y, *z, w, **v: 0)))

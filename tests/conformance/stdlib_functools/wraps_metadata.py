from functools import wraps, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def target(x: int) -> int:
    """Target doc."""
    return x
target.__dict__["extra"] = 1
print(target.__name__, target.__doc__, target.__annotations__, target.__wrapped__.__name__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
def orig():
    pass
orig.custom = "attr"
@wraps(orig)
def copy():
    pass
print(copy.custom, copy.__qualname__)
def selective(fn):
    @wraps(fn, assigned=("__doc__",), updated=())
    def w():
        pass
    return w
print(selective(target).__name__, selective(target).__doc__)

import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper

@logged
def compute(x, y=2):
    """Compute things."""
    return x ** y

print(compute(3), compute.__name__, compute.__doc__, compute.__wrapped__(2, 3))
print(compute.__qualname__, compute.__module__)

def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper

@plain
def other():
    """doc"""
print(other.__name__, other.__doc__, hasattr(other, "__wrapped__"))

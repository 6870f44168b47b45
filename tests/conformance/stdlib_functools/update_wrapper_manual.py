from functools import update_wrapper
class CallCounter:
    def __init__(self, fn):
        update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CallCounter
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__, add.__wrapped__(0, 0))

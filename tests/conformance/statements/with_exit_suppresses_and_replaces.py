class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False

with Suppress(KeyError, IndexError) as s:
    [][1]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed", e)

class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et:
            raise LookupError("replaced") from ev
try:
    with Replace():
        1 / 0
except LookupError as e:
    print(e, "cause:", type(e.__cause__).__name__)

class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        return isinstance(ev, ZeroDivisionError)

with Inspect() as i:
    1 / 0
print(i.seen)
with Inspect() as j:
    pass
print(j.seen)
try:
    with Inspect() as k:
        int("x")
except ValueError as e:
    print("escaped", e, k.seen)

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("x") as x,
      CM("y") as y):
    print("parenthesized", x, y)
try:
    with CM("p"), CM("q"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

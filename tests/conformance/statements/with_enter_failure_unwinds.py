class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"enter {self.name} failed")
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name)

try:
    with CM("first"), CM("second", fail=True), CM("third"):
        print("never")
except RuntimeError as e:
    print("caught", e)

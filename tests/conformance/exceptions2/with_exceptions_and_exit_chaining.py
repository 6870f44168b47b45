class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

try:
    with CM():
        raise ValueError("body failed")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

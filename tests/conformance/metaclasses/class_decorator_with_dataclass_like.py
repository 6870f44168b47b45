def auto_init(cls):
    fields = [k for k, v in cls.__dict__.items() if not k.startswith("_") and not callable(v)]
    defaults = {k: cls.__dict__[k] for k in fields}

    def __init__(self, **kw):
        for f in fields:
            setattr(self, f, kw.pop(f, defaults[f]))
        if kw:
            raise TypeError(f"unexpected: {sorted(kw)}")

    def __repr__(self):
        return cls.__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls._fields = fields
    return cls

@auto_init
class Config:
    host = "localhost"
    port = 80
    debug = False

print(Config(), Config(port=8080, debug=True), Config._fields)
try:
    Config(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

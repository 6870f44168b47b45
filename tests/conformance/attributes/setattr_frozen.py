class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")

f = Frozen(a=1, b=2)
print(f.a, f.b)
for action in ("set", "del"):
    try:
        if action == "set":
            f.a = 5
        else:
            del f.b
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.a, f.b)

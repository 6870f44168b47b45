class Proxy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")

p = Proxy()
print(p.real, p.dyn_hello)
try:
    p.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "dyn_x"), hasattr(p, "nope"))
print(getattr(p, "nope", "dflt"))

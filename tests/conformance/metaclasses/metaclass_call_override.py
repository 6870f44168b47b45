class CountingMeta(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)

class Widget(metaclass=CountingMeta):
    def __init__(self, n):
        self.n = n

w1 = Widget(1)
w2 = Widget(2)
print(Widget.instances, w1.n, w2.n)

class Cached(type):
    def __call__(cls, key):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            setattr(cls, "_cache", cache)
        if key not in cache:
            cache[key] = super().__call__(key)
        return cache[key]

class Sym(metaclass=Cached):
    def __init__(self, key):
        self.key = key

print(Sym("a") is Sym("a"), Sym("a") is Sym("b"), len(Sym._cache))

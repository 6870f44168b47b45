class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value

d = AttrDict(a=1)
d.b = 2
print(d, d.a, d.b, d["b"], type(d).__name__)
try:
    d.c
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(d.items()), len(d))
print(type(d.copy()).__name__, type(dict(d)).__name__)

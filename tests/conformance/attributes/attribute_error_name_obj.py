class K:
    pass

k = K()
try:
    k.nothing
except AttributeError as e:
    print(e.name, e.obj is k)
try:
    getattr(k, "other")
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
e = AttributeError("custom", name="n", obj=1)
print(e, e.name, e.obj, e.args)

class Obj:
    pass

o = Obj()
hits = []
for i in range(120):
    try:
        hits.append(o.dynamic)
    except AttributeError:
        hits.append(None)
    if i == 59:
        Obj.__getattr__ = lambda self, name: f"computed {name}"
print(hits[0], hits[59], hits[60], hits[-1], hits.count(None))

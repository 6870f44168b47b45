class Slotted:
    __slots__ = ("v",)
class Plain:
    pass

items = [Slotted(), Plain()] * 50
for n, obj in enumerate(items):
    obj.v = n
print(sum(o.v for o in items), items[0].v, items[1].v)
errors = 0
for obj in items[:10]:
    try:
        obj.other = 1
    except AttributeError:
        errors += 1
print(errors)

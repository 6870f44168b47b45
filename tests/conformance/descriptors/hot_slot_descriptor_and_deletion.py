class P:
    __slots__ = ("x",)

ps = [P() for _ in range(5)]
for i, p in enumerate(ps):
    p.x = i
total = 0
for _ in range(100):
    for p in ps:
        total += p.x
print(total)
del ps[2].x
missing = 0
for p in ps:
    try:
        p.x
    except AttributeError:
        missing += 1
print(missing)

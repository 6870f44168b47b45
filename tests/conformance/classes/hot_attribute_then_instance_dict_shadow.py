class C:
    x = "class"

c = C()
seen = []
for i in range(200):
    if i == 100:
        c.x = "instance"
    if i == 150:
        del c.x
    if i in (0, 99, 100, 149, 150, 199):
        seen.append((i, c.x))
print(seen)
for i in range(100):
    if i == 50:
        C.x = "changed class"
    v = c.x
print(v)

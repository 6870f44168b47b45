xs = [1, 2, 3]
for x in xs:
    if x < 6:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    if y % 2 == 0:
        ys.remove(y)
print(ys)
zs = [1, 2, 3]
for z in zs[:]:
    zs.append(z)
print(zs)

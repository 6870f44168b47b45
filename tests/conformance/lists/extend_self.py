xs = [1, 2]
xs.extend(xs)
print(xs)
ys = [1, 2]
ys += ys
print(ys)
zs = [0]
zs.append(len(zs))
zs.append(len(zs))
print(zs)

xs = list(range(10))
del xs[0]
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs)
ys = [1, 2, 3]
del ys[-1], ys[0]
print(ys)

xs = list(range(10))
del xs[1:3]
print(xs)
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
del xs[10:20]
print(xs)
del xs[::-1]
print(xs)

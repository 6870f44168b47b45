xs = list(range(10))
i = 0
while i < len(xs):
    if xs[i] % 3 == 0:
        del xs[i]
    else:
        i += 1
print(xs)
d = {i: i * i for i in range(6)}
for k in list(d.keys()):
    if k % 2:
        del d[k]
print(d)

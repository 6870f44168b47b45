d = {i: str(i) for i in range(5)}
del d[2]
print(d, len(d))
del d[0], d[4]
print(d, len(d))
for k in list(d):
    del d[k]
print(d, len(d), bool(d))

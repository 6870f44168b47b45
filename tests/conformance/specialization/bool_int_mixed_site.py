def inc(x):
    return x + 1
vals = []
for i in range(2000):
    vals.append(inc(i % 2 == 0))
print(sum(vals), vals[:4])
print(inc(True), inc(False), type(inc(True)).__name__)
print(inc(2 ** 63 - 1), inc(-1), inc(0.5))

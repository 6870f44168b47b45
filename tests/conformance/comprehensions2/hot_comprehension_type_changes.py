def f(xs):
    return [x * 2 for x in xs]

out = []
for i in range(100):
    out.append(f([i, i + 1]))
out.append(f(["a", "b"]))
out.append(f([1.5]))
out.append(f([[1]]))
print(out[0], out[-4], out[-3], out[-2], out[-1])
print({x: x * x for x in range(5)}, {x % 3 for x in range(100)})

def f(a, b=1):
    return a + b

out = []
for i in range(120):
    if i == 40:
        f.__defaults__ = (100,)
    if i == 80:
        f.__code__ = (lambda a, b=5: a * b).__code__
    out.append(f(2))
print(out[0], out[40], out[80], out[-1])

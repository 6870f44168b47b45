def one(a):
    return a + 1
def two(a, b=10):
    return a + b
def many(*args):
    return len(args)
f = one
out = []
for i in range(3000):
    if i == 1000:
        f = two
    if i == 2000:
        f = many
    out.append(f(i))
print(out[999], out[1000], out[1999], out[2000], out[-1])
f = lambda a: a * 2
print(f(21))
f = abs
print(f(-5))
f = 5
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)

xs = list(range(10))
def at(i):
    return xs[i]
t = 0
for i in range(2000):
    t += at(i % 10 - 10)
print(t)
print(at(True), at(False), at(-1), at(-10))
for bad in [10, -11]:
    try:
        at(bad)
    except IndexError as e:
        print(type(e).__name__, e)

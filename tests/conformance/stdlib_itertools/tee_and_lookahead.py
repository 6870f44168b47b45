from itertools import tee, islice
def with_next(it):
    a, b = tee(it)
    next(b, None)
    return zip(a, b)
print(list(with_next([1, 2, 3, 4])))
src = iter(range(5))
x, y, z = tee(src, 3)
print(list(islice(x, 2)), list(y), list(z))
try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)

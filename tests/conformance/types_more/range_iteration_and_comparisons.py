r = range(10, 0, -3)
it = iter(r)
print(next(it), next(it), list(it))
print(list(range(-3, 3)), list(range(3, -3, -1)), sum(range(1, 101)))
print(range(1, 10, 2) == range(1, 11, 2), range(3)[::-1] == range(2, -1, -1))
print(max(range(7)), min(range(5, 10)), sorted(range(3), reverse=True))
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate(range(5, 8))), list(zip(range(3), range(10, 13))))

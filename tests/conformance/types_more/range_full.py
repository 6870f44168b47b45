r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2])
print(r.start, r.stop, r.step, 7 in r, 8 in r, r.index(11), r.count(15), r.count(16))
print(range(0), range(5, 0), list(range(5, 0, -2)), len(range(10, 0, -3)))
print(range(2, 8) == range(2, 8, 1), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(hash(range(3)) == hash(range(0, 3)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.index(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)

r = range(2, 20, 3)
print(r, repr(range(5)), range(0), range(1, 2), range(5, 0, -1))
print(len(r), r[0], r[-1], r[2], list(r))
print(list(r)[0], list(r)[-1])
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
print(range(10)[-3], range(10, 0, -2)[3])

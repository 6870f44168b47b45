first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
[x, *y] = (9, 8, 7)
print(x, y)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
*z, = {"k": 1, "j": 2}
print(z)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)

a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = 'abc'
print(a)
[a, *b] = (9,)
print(a, b)
a, (b, *c), *d = 1, [2, 3, 4], 5, 6
print(a, b, c, d)
first, *_, last = 'hello world'
print(first, last, type(_).__name__)

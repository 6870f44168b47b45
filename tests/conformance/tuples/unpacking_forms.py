a, b = 1, 2
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
x, *ys = (1, 2, 3)
print(x, ys)
*init, last = 'abcd'
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
p, = [7]
print(p)

print((), (1,), (1, 2), 1, (1))
t = 1, 2, 3
print(t, type(t), len(t))
print(((1, 2), (3,)), ('a',) * 3)
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
single = 'x',
print(single)

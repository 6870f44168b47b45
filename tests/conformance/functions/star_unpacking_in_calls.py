def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*[1, 2], *(3, 4)))
print(f(1, *range(2, 4), 4))
print(f(*[int(c) for c in '1234']), f(*[1, 2, 3, 4]))
print(f(**{'a': 1, 'b': 2}, **{'c': 3, 'd': 4}))
print(f(1, 2, **{'d': 4, 'c': 3}))
args = (9,)
print(f(*args, *args, *args, *args))

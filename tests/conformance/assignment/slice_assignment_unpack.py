xs = [1, 2, 3, 4, 5]
xs[:2], xs[-2:] = ['a'], ['y', 'z', 'w']
print(xs)
a, b = xs[:2]
print(a, b)
first, *rest = xs[::2]
print(first, rest)

xs = list(range(6))
xs[1:3] = ['a', 'b', 'c', 'd']
print(xs)
xs[2:6] = []
print(xs)
xs[:0] = ['start']
print(xs)
xs[len(xs):] = ['end1', 'end2']
print(xs)
xs[:] = 'xyz'
print(xs)
xs[1:1] = [9, 9]
print(xs)
xs[-1:] = (7,)
print(xs)

xs = list(range(8))
xs[::2] = ['a', 'b', 'c', 'd']
print(xs)
xs[::-3] = [0, 0, 0]
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
ys = [1, 2, 3]
ys[5:10] = [4]
print(ys)

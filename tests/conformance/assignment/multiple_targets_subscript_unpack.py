xs = [0, 0, 0]
xs[0], xs[1], xs[2] = 'abc'
print(xs)
d = {}
d['x'], d['y'] = 1, 2
print(d)
m = [[0] * 2 for i in range(2)]
(m[0][0], m[0][1]), (m[1][0], m[1][1]) = (1, 2), (3, 4)
print(m)
xs[1:], xs[0] = ['p', 'q', 'r'], 'z'
print(xs)

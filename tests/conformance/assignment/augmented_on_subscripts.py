xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 3
print(xs)
d = {'a': 1}
d['a'] += 1
d['b'] = d.get('b', 0) + 5
print(d)
m = [[0, 0], [0, 0]]
m[1][0] -= 7
print(m)
s = {'k': 'ab'}
s['k'] *= 2
print(s)

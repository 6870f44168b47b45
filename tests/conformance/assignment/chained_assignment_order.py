def v(x):
    print('value', x)
    return x
d = {}
d['a'] = d['b'] = v(1)
print(d)
xs = [0, 0, 0]
i = xs[i] = 1
print(i, xs)
k = xs[k] = 0
print(k, xs)

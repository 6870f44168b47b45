d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
d['a'] = 10
print(d, list(d))
d['b'] = 20
print(d)
d.pop('c')
d['c'] = 30
d['d'] = 40
print(list(d.keys()), list(d.values()))
e = {}
for k in [5, 3, 9, 1]:
    e[k] = k
print(e)

d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('b'), d)
print(d.pop('zz', 'default'), d.pop('zz', None))
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d['nope']
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 'x')]
except KeyError as e:
    print(type(e).__name__, e)

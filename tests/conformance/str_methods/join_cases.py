print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), ' - '.join(['solo']))
print('|'.join([]), '|'.join(''), '.'.join('abc'))
print(', '.join(('t', 'u')), '+'.join({'k1': 1, 'k2': 2}))
print('-'.join([str(i) for i in range(5)]))
try:
    ','.join(['a', 1, 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join(['a', None])
except TypeError as e:
    print(type(e).__name__, e)

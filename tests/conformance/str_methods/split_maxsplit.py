s = 'a b c d e'
for n in [-1, 0, 1, 2, 10]:
    print(n, s.split(None, n), s.split(' ', n))
print('  x  y  z  '.split(maxsplit=1))
print('a,b,c'.split(',', maxsplit=1))
print('  lead'.split(None, 0), '  lead  '.split(None, 0))

s = 'a b c d e'
for n in [-1, 0, 1, 2]:
    print(n, s.rsplit(None, n), s.rsplit(' ', n))
print('a,b,,c'.rsplit(','), 'a,b,,c'.rsplit(',', 1))
print('  x  y  z  '.rsplit(maxsplit=1))
print('trail  '.rsplit(None, 0), 'www.example.com'.rsplit('.', 1))

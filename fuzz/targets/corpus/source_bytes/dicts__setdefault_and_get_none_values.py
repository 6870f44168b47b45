d = {'a': None}
print(d.get('a', 'dflt'), d.get('b', 'dflt'))
print(d.setdefault('a', 1), d)
print('a' in d, d['a'] is None)
print(d.pop('a', 'x'), d)

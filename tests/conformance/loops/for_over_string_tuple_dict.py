for ch in 'héllo':
    print(ch, end=' ')
print()
for x in (1, 'two', 3.0):
    print(repr(x))
d = {'b': 2, 'a': 1, 'c': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)

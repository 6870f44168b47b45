xs = [-5, 3, -1, 4, -2]
print(sorted(xs, key=abs), sorted(xs, key=lambda x: -x))
names = ['alice', 'Bob', 'carol', 'Dave']
print(sorted(names), sorted(names, key=lambda s: s.lower()))
pairs = [(2, 'b'), (1, 'c'), (2, 'a'), (1, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: (p[1], -p[0])))
print(sorted(['10', '9', '100'], key=int), sorted(['10', '9', '100']))

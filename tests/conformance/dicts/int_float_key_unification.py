d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d2 = {2.0: 'a'}
d2[2] = 'b'
print(d2)
print({0: 'x', -0.0: 'y', False: 'z'})
print(hash(1) == hash(1.0) == hash(True))

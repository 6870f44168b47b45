print(hash(1.0), hash(0.0), hash(-0.0), hash(1.5), hash(-1.5))
print(hash(0.1), hash(1e100), hash(float('inf')), hash(float('-inf')))
print(hash(2.0) == hash(2), hash(1e20) == hash(10 ** 20))
print(hash(-1.0), hash(-1))

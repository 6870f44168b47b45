print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(True), hash(False))
print(hash(0.5), hash(-0.5), hash(1e-300), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(float('inf')), hash(float('-inf')), hash(-0.0))
print(hash(''), hash('hash me'), hash(('a', 1)), hash((1.5, 'b', (2,))))
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)

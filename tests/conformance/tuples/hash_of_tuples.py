print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(('a', 1.5, None)) == hash(('a', 1.5, None)))
print(hash((1, 2.0)) == hash((1.0, 2)))
print(hash(('abc', 3)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)

def has(c, x):
    return x in c
n = 0
for i in range(2000):
    if has([1, 2, 3], i % 5):
        n += 1
print(n)
print(has({'a': 1}, 'a'), has('abc', 'bc'), has(range(0, 100, 2), 50), has((1, 2), 3), has({'a': 1}.values(), 1))
try:
    has('abc', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    has(5, 1)
except TypeError as e:
    print(type(e).__name__, e)

import random
for seed in [0, 1, -1, 2**100, "abc", b"abc", bytearray(b"abc"), 1.25, None is None]:
    random.seed(seed)
    print(repr(seed), random.randint(0, 10**6))
try:
    random.seed([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

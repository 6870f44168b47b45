import random
random.seed(123)
print(random.sample(["red", "blue"], counts=[3, 2], k=5))
print(random.sample(range(100), k=10))
print(sorted(random.sample(sorted({5, 3, 9, 1}), 2)))
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print(type(e).__name__, e)

import random
random.seed(11)
print(random.choices("abc", k=10))
print(random.choices(["x", "y", "z"], weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=8))
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print(type(e).__name__, e)

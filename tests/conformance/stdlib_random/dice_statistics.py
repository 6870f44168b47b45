import random
from collections import Counter
random.seed(6)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3000)]
c = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2d} {c[total]:4d} {'#' * (c[total] // 20)}")
print(c.most_common(3))

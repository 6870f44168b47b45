import random
import statistics
rng = random.Random(1234)
xs = [rng.gauss(50, 10) for _ in range(2000)]
print(round(statistics.mean(xs), 6), round(statistics.pstdev(xs), 6))
print(round(min(xs), 6), round(max(xs), 6))
buckets = [0] * 10
for x in xs:
    buckets[min(9, max(0, int(x // 10)))] += 1
print(buckets)

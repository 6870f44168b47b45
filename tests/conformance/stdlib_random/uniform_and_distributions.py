import random
random.seed(2024)
print([round(random.uniform(1, 10), 10) for _ in range(5)])
print(random.uniform(5, 5), round(random.uniform(10, 1), 10))
print(random.triangular(0, 10, 3), random.betavariate(2, 3))
print(random.expovariate(1.5), random.gammavariate(2.0, 1.0))

import random
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(10)])
print([random.randrange(-50, 50) for _ in range(8)])
print(random.randint(10**20, 10**21))

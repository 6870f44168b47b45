import random
rng = random.Random(2718)
inside = 0
n = 20000
for _ in range(n):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, 4 * inside / n)

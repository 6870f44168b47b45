import random
random.seed(31)
t = tuple(range(10))
print(random.sample(t, 4), random.sample("abcdefgh", 3), random.sample(range(50, 60), 2))
lst = list(t)
random.shuffle(lst)
print(lst)
print(random.choice(range(1000)), random.choice(t), random.choice(["only"]))
print([round(random.random(), 4) for _ in range(3)])

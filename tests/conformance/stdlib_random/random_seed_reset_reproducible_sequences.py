import random
def draw():
    return [random.randint(0, 99) for _ in range(6)], random.choice("xyz"), round(random.uniform(0, 1), 6)
random.seed("reproducible")
a = draw()
random.seed("reproducible")
b = draw()
print(a, a == b)
random.seed(2**40 + 7)
print(draw())

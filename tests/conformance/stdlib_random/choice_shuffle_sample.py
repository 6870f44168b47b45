import random
random.seed(7)
items = ["apple", "banana", "cherry", "date", "elder", "fig"]
print([random.choice(items) for _ in range(8)])
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(items, 3), random.sample(range(1000), 5))
print(random.choice("abcdef"), random.choice((1, 2, 3)))

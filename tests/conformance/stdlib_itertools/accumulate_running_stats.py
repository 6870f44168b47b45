from itertools import accumulate
prices = [100, 102, 98, 105, 110, 90, 95]
print(list(accumulate(prices, max)), list(accumulate(prices, min)))
changes = [b - a for a, b in zip(prices, prices[1:])]
print(changes, list(accumulate(changes)))
balance = list(accumulate([50, -20, -40, 100], initial=0))
print(balance, [i for i, b in enumerate(balance) if b < 0])
print(list(accumulate(range(1, 11), lambda a, b: a * b))[-1])

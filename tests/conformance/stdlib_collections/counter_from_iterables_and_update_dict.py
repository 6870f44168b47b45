from collections import Counter
inventory = Counter(apples=3, pears=1)
inventory.update({"apples": 2, "kiwis": 5})
inventory.update(["pears", "pears"])
print(inventory, inventory.most_common(1))
inventory["apples"] -= 10
print(inventory, +inventory)
del inventory["kiwis"]
print(sorted(inventory.items()))
print(Counter(a=2, b=-1).total(), list(Counter(a=2, b=-1).elements()))
print(Counter("hello world").most_common(3))

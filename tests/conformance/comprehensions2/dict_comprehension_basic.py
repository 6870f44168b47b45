words = ["apple", "bob", "kayak", "level", "python"]
print({w: len(w) for w in words})
print({w: w[::-1] == w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
sq = {i: i * i for i in range(6)}
print({v: k for k, v in sq.items()})
print({i % 3: i for i in range(10)})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})

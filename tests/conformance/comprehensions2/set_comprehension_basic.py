s = {x % 5 for x in range(20)}
print(s, type(s).__name__, len(s))
print({c.lower() for c in "Hello World" if c.isalpha()} == set("helowrd"))
print(sorted({len(w) for w in "the quick brown fox jumps".split()}))
print({(x, y) for x in range(2) for y in range(2)})
print({n * n for n in range(-3, 4)})

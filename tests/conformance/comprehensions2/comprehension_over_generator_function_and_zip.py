def nums():
    yield from range(1, 6)
print([a * b for a, b in zip(nums(), nums())])
print({a: b for a, b in zip("abc", nums())})
print({n for n in nums() if n % 2})
print([(i, list(g)) for i, g in enumerate([[1], [2, 3]])])
print([[y for y in range(x)] for x in nums() if x < 4])

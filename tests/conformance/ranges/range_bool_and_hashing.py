print(bool(range(0)), bool(range(1)), bool(range(5, 0, -1)), bool(range(5, 0)))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
print(len(range(10, 0, -1)), range(10, 0, -1)[0])

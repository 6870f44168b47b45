def risky():
    for i in range(5):
        if i == 3:
            raise ValueError(f"bad {i}")
        yield i

got = []
try:
    for v in risky():
        got.append(v)
except ValueError as e:
    print(got, type(e).__name__, e)
g = risky()
print(list(zip(range(2), g)))
print(next(g))

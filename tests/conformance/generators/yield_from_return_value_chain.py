def leaf(n):
    yield n
    return n * 10

def mid(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    return a + b

def top():
    total = yield from mid(1)
    yield ("total", total)

print(list(top()))

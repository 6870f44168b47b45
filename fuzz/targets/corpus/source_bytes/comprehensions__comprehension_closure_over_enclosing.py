def outer(n):
    base = n * 100
    return [base + i for i in range(n)]
print(outer(3))
def pairs(xs):
    return {x: [y for y in xs if y > x] for x in xs}
print(pairs([1, 2, 3]))

def build(n, acc=None):
    if acc is None:
        acc = []
    if n == 0:
        return acc
    acc.append(n)
    return build(n - 1, acc)
print(build(5))
print(build(3))
print(build(0))

def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax('hello'))
pts = [(1, 2), (3, 4), (5, 6)]
print(sum([x for x, y in pts]), sum([y for x, y in pts]))
print([x * y for (x, y) in pts])

def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1
print(find([5, 3, 8], 8), find([5, 3, 8], 4), find([], 1))
def first_neg(xs):
    i = 0
    while i < len(xs):
        if xs[i] < 0:
            return xs[i]
        i += 1
print(first_neg([1, -2, -3]), first_neg([1, 2]))

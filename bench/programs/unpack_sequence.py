# unpack_sequence: tuple and list unpacking of many shapes (fixed-size,
# starred, nested, swaps) in tight loops. Measures UNPACK_SEQUENCE /
# UNPACK_EX and tuple building.
SIZE = 1250000  # loop iterations (work is linear in SIZE)


def unpack_tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(n):
    items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        a, b, c, d, e, f, g, h, i, j = items
        total += b + i
    return total


def unpack_pairs(n):
    x, y = 0, 1
    total = 0
    for k in range(n):
        x, y = y, x
        x, y = y, (x + k) & 1023
        p, q = divmod(k, 7)
        total += x + y + p - q
    return total


def unpack_starred(n):
    t = (1, 2, 3, 4, 5, 6)
    total = 0
    for _ in range(n):
        first, *middle, last = t
        head, *tail = t
        *init, end = t
        total += first + last + len(middle) + head + len(tail) + len(init) + end
    return total


def unpack_nested(n):
    data = ((1, (2, 3)), (4, (5, 6)))
    total = 0
    for _ in range(n):
        (a, (b, c)), (d, (e, f)) = data
        for key, (lo, hi) in ((1, (2, 3)), (4, (5, 6))):
            total += key * (hi - lo)
        total += a + f
    return total


def main(n):
    results = (unpack_tuples(n), unpack_lists(n), unpack_pairs(n), unpack_starred(n), unpack_nested(n))
    print(f"unpack_sequence n={n} results={results}")


main(SIZE)

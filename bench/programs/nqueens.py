# nqueens: all placements of N non-attacking queens, found by a recursive
# generator that extends partial boards column by column, plus a set-based
# validity check of complete permutations. Generators, recursion, sets, tuples.
SIZE = 38  # number of full solves (work is linear in SIZE)

N = 8


def place(n, row, cols, diag1, diag2):
    """Yield every completion of a partial board as a tuple of columns."""
    if row == n:
        yield ()
        return
    for c in range(n):
        d1 = row + c
        d2 = row - c + n
        if c in cols or d1 in diag1 or d2 in diag2:
            continue
        cols.add(c)
        diag1.add(d1)
        diag2.add(d2)
        for rest in place(n, row + 1, cols, diag1, diag2):
            yield (c,) + rest
        cols.discard(c)
        diag1.discard(d1)
        diag2.discard(d2)


def all_permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        head = items[i]
        for tail in all_permutations(items[:i] + items[i + 1 :]):
            yield (head,) + tail


def brute_force(n):
    """The same count by filtering all permutations (the classic approach)."""
    cols = range(n)
    found = []
    for vec in all_permutations(list(cols)):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            found.append(vec)
    return found


def main(rounds):
    total = 0
    checksum = 0
    for r in range(rounds):
        if r % 2 == 0:
            solutions = list(place(N, 0, set(), set(), set()))
        else:
            solutions = brute_force(N)
        total += len(solutions)
        for k, sol in enumerate(solutions):
            for c in sol:
                checksum = (checksum * 31 + c + k) % 1000000007
    print(f"nqueens n={N} rounds={rounds} solutions={total} checksum={checksum}")


main(SIZE)

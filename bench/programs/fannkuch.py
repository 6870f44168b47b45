# fannkuch: "pancake flipping". For permutations of 1..N, repeatedly reverse
# the prefix whose length is the first element until 1 comes first; count the
# flips. Integer list indexing, slicing with reversal, tight while loops.
SIZE = 850000  # permutations examined (work is linear in SIZE)

N = 10


def permutations_counted(n, limit):
    """Yield up to `limit` permutations of range(n) in a fixed rotation order
    (the order used by the classic benchmark, so the parity alternates)."""
    perm = list(range(n))
    count = [0] * n
    r = n
    produced = 0
    while produced < limit:
        while r != 1:
            count[r - 1] = r
            r -= 1
        yield perm
        produced += 1
        while True:
            if r == n:
                return
            first = perm[0]
            i = 0
            while i < r:
                perm[i] = perm[i + 1]
                i += 1
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def flips(perm):
    p = perm[:]
    k = p[0]
    n = 0
    while k:
        p[: k + 1] = p[k::-1]
        n += 1
        k = p[0]
    return n


def fannkuch(n, limit):
    checksum = 0
    max_flips = 0
    sign = 1
    seen = 0
    for perm in permutations_counted(n, limit):
        f = flips(perm)
        if f > max_flips:
            max_flips = f
        checksum += sign * f
        sign = -sign
        seen += 1
    return seen, checksum, max_flips


seen, checksum, max_flips = fannkuch(N, SIZE)
print(f"fannkuch n={N} perms={seen} checksum={checksum} maxflips={max_flips}")

# spectral_norm: the spectral norm of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), estimated by the power
# method on an N x N section. Float division, nested loops, small functions
# called in the innermost loop, zip over lists.
SIZE = 60  # power-method iterations (work is linear in SIZE)

N = 180


def entry(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def times(v):
    n = len(v)
    out = []
    for i in range(n):
        s = 0.0
        for j, vj in enumerate(v):
            s += entry(i, j) * vj
        out.append(s)
    return out


def times_transposed(v):
    n = len(v)
    out = []
    for i in range(n):
        s = 0.0
        for j, vj in enumerate(v):
            s += entry(j, i) * vj
        out.append(s)
    return out


def times_ata(v):
    return times_transposed(times(v))


def spectral_norm(n, iterations):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


result = spectral_norm(N, SIZE)
print(f"spectral_norm n={N} iterations={SIZE} norm={result:.9f}")

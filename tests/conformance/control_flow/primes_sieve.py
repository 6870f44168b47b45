n = 100
is_p = [True] * (n + 1)
is_p[0] = is_p[1] = False
i = 2
while i * i <= n:
    if is_p[i]:
        for j in range(i * i, n + 1, i):
            is_p[j] = False
    i += 1
primes = [k for k in range(n + 1) if is_p[k]]
print(primes)
print(len(primes), sum(primes))

evens = set(range(0, 50, 2))
threes = set(range(0, 50, 3))
print(evens & threes)
print(len(evens | threes), len(evens ^ threes))
print(sorted(evens - threes)[:10])
primes = set(range(2, 60))
for p in range(2, 8):
    primes -= set(range(p * p, 60, p))
print(primes)

from itertools import islice

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def primes():
    seen = []
    for n in naturals():
        if n > 1 and all(n % p for p in seen if p * p <= n):
            seen.append(n)
            yield n

print(list(islice(naturals(), 5)))
print(list(islice(primes(), 15)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib(), 90, 92)))

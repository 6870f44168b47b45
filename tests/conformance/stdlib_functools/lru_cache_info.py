from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(50), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())

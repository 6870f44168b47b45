from functools import lru_cache
calls = []
@lru_cache(maxsize=32, typed=True)
def f(x):
    calls.append(x)
    return x * 2
f(1); f(1.0); f(1); f(True)
print(calls, f.cache_info())
calls.clear()
@lru_cache
def g(a, b=0):
    calls.append((a, b))
    return a + b
g(1); g(1, 0); g(a=1); g(1, b=0); g(1)
print(calls, g.cache_info().hits, g.cache_info().misses)
try:
    g([1])
except TypeError as e:
    print(type(e).__name__, e)
print(g.__wrapped__(5, 5), g.__name__)

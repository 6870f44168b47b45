from functools import lru_cache
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
log = []
@lru_cache(maxsize=3)
def f(x):
    log.append(x)
    return x
for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    f(v)
print(log, f.cache_info())
print(f.cache_parameters())

from functools import lru_cache
calls = []
@lru_cache(maxsize=4)
def area(shape, *dims):
    calls.append((shape, dims))
    if shape == "rect":
        return dims[0] * dims[1]
    return round(3.14159 * dims[0] ** 2, 2)
for args in [("rect", 2, 3), ("circle", 1), ("rect", 2, 3), ("circle", 2), ("rect", 3, 2), ("circle", 1)]:
    print(args, area(*args))
print(len(calls), area.cache_info())
area.cache_clear()
area("circle", 1)
print(len(calls), area.cache_info().currsize)

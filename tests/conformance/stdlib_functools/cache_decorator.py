from functools import cache
count = 0
@cache
def slow_sq(n):
    global count
    count += 1
    return n * n
print([slow_sq(i % 3) for i in range(9)], count, slow_sq.cache_info())
@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print(partitions(50, 50), partitions(100, 100))

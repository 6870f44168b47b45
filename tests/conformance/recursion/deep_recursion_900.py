def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(900))

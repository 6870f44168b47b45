def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    if n < 0:
        raise ValueError('negative: %d' % n)
    return n
print(a(5))
try:
    a(-3)
except ValueError as e:
    print(type(e).__name__, e)
print(a(0))

def f(first, second):
    return first - second
print(f(10, 3), f(second=3, first=10), f(10, second=3))
def g(a, b, /, c):
    return a, b, c
print(g(1, 2, 3), g(1, 2, c=3))
def h(x, /, *, y):
    return x, y
print(h(1, y=2))

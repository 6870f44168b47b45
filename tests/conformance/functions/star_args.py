def f(*args):
    return args
print(f(), f(1), f(1, 'a', None))
print(type(f()))
def g(a, b, *rest):
    return a, b, rest
print(g(1, 2), g(1, 2, 3, 4))
xs = [1, 2, 3]
print(f(*xs), f(0, *xs, 9), f(*'ab', *(1, 2)))
print(g(*range(5)))

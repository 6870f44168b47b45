def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x * 2
print(check(3))
print(check(1))
print(check(-4))

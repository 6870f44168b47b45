def f(a, b=1, *args, c, d=4, **kw):
    return [a, b, args, c, d, kw]
print(f(0, c=3))
print(f(0, 9, 8, 7, c=3, e=5))
print(f(*[1, 2, 3], **{'c': 'C', 'x': 'X'}))
print(f(a=1, c=2, d=3, zz=4))

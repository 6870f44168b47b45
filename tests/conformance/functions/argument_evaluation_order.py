def v(x):
    print('arg', x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
print(f(v(1), v(2), z=v(3), a=v(4)))
print(f(*[v(5), v(6)], **{'q': v(7)}))
def g():
    print('callee evaluated')
    return f
print(g()(v('x')))

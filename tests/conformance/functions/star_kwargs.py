def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1))
def g(a, **kw):
    return a, kw
print(g(1, x=2), g(a=3, z=4))
d = {'p': 1, 'q': 2}
print(f(**d), f(**d, r=3), f(z=0, **d))
print(g(**{'a': 10, 'b': 20}))

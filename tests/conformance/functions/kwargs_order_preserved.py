def f(**kw):
    return list(kw.keys())
print(f(z=1, a=2, m=3))
print(f(**{'b': 1, 'a': 2}, c=3))
def g(a, **kw):
    for k, v in kw.items():
        print(k, v)
g(0, second=2, first=1, third=3)

x = 'global x'
def f(x):
    def g():
        return x
    x = x.upper()
    return g()
print(f('param'), x)
def h(*args, **kwargs):
    args = args + ('extra',)
    kwargs['new'] = 1
    return args, kwargs
print(h(1, a=2))

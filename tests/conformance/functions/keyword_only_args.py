def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2))
print(f(1, key=2, flag=True))
print(f(a=0, flag=1, key='k'))
def g(*args, sep='-'):
    return sep.join([str(a) for a in args])
print(g(1, 2, 3), g(1, 2, sep='+'), g())

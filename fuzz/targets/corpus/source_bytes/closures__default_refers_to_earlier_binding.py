x = 10
def f(a=x):
    return a
x = 20
print(f(), x)

def g():
    y = 1
    def inner(b=y):
        return b
    y = 2
    return inner(), (lambda: y)()
print(g())

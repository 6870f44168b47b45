def f(a, b, /, c, *, d):
    return (a, b, c, d)

print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, /, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3), h(1, 5, 6, 7, c=0, e=9))

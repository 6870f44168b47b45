def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 9))
print(f(1, c=0), f(a=7), f(c=1, a=2, b=3))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g(3, []))
print(g(4))

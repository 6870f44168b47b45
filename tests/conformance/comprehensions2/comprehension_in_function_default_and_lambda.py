def f(vals=[x * x for x in range(4)]):
    return vals
print(f())
g = lambda n: {i: [j for j in range(i)] for i in range(n)}
print(g(3))
h = lambda: [y for y in (lambda: range(3))()]
print(h())

fs = [lambda x, i=i: x + i for i in range(3)]
gs = [lambda x: x + i for i in range(3)]
print([f(100) for f in fs], [g(100) for g in gs])
def scale(factor):
    return [lambda v: v * factor for _ in range(2)]
print([h(5) for h in scale(3)])

def f(x):
    print('f', x)
    return x * 10
r = [f(x) for x in range(3) if x != 1]
print(r)
d = {x: f(x) for x in [5]}
print(d)

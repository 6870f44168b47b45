calls = []
def f(x):
    calls.append(x)
    return x
lc = [f(x) for x in range(3)]
print(calls)
calls.clear()
ge = (f(x) for x in range(3))
print(calls)
print(next(ge), calls)
print(list(ge), calls)
sc = {f(x) for x in range(2)}
dc = {f(x): f(-x) for x in range(1, 3)}
print(calls, dc)

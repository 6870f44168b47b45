a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, {**{"x": 1}, "y": 2, **{"x": 3}})
print(*a, *"cd", sep="-")
print([*range(3), *{"k": 0}], len([*()]))
def f(*args, **kw):
    return args, kw
print(f(*a, 0, *b, k=1, **{"z": 2}))

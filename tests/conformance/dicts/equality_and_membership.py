a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b, a == {'x': 1}, a == {'x': 1, 'y': 2.0})
print('x' in a, 1 in a, 'x' in a.keys(), 1 in a.values(), ('x', 1) in a.items())
print(a.keys() == b.keys(), list(a.keys()) == list(b.keys()))
try:
    print(a < b)
except TypeError as e:
    print(type(e).__name__, e)

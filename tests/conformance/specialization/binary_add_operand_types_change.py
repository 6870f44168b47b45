def add(a, b):
    return a + b
acc = 0
for i in range(2000):
    acc = add(acc, i)
print(acc)
print(add(1.5, 2), add(2, 1.5), add('a', 'b'), add([1], [2]), add((1,), (2,)))
print(add(True, True), add(2 ** 62, 2 ** 62), add(-(2 ** 63), -1))
for i in range(2000):
    acc = add(acc, 0.5)
print(acc)
try:
    add(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(add(3, 4))

def mix(a, b):
    return a * b - a / b
acc = 0.0
for i in range(1, 2001):
    acc += mix(i, 2)
print(acc)
acc = 0
for i in range(1, 2001):
    acc += mix(2.5, i)
print(acc)
print(mix(10 ** 20, 3), mix(True, 2), mix(-0.0, 1))
try:
    mix(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

def f(a, b=0, *, c=1):
    return a * 100 + b * 10 + c
s = 0
for i in range(2000):
    s += f(1, b=2, c=3)
print(s)
print(f(1), f(1, 2), f(a=4, c=0), f(b=1, a=1))
try:
    f(1, d=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

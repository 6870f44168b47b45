def double(x):
    return x * 2
def square(x):
    return x * x
ops = [double, square, abs]
for op in ops:
    print(op(-3))
table = {'d': double, 's': square}
print(table['s'](7), table['d']('ab'))
def apply(fn, v, times):
    for i in range(times):
        v = fn(v)
    return v
print(apply(double, 1, 10), apply(square, 2, 4))
f = double
print(f is double, f == square)

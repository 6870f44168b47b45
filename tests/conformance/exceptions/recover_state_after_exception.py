xs = [1, 2, 3]
try:
    xs.append(4)
    xs[10]
    xs.append(5)
except IndexError:
    pass
print(xs)
d = {'a': 1}
try:
    d['b'] = 2
    d['c'] = d['missing']
except KeyError as e:
    print('missing key', e)
print(d)
n = 0
try:
    n += 1
    n = n / 0
except ZeroDivisionError:
    n += 10
print(n)

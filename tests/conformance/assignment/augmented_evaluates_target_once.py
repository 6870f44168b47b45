calls = []
def idx(i):
    calls.append(i)
    return i
xs = [0, 0, 0]
xs[idx(1)] += 5
print(xs, calls)
d = {'a': [1]}
def key():
    calls.append('key')
    return 'a'
d[key()] += [2]
print(d, calls)

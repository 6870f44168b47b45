def v(x):
    print('rhs', x)
    return x
a, b = v(1), v(2)
print(a, b)
xs = [0, 0]
i = 0
i, xs[i] = 1, 9
print(i, xs)
lst = [1, 2, 3]
lst[0], lst[lst[0]] = 2, 'x'
print(lst)

def v(x, tag):
    print('eval', tag)
    return x
print(v(1, 'a') < v(2, 'b') < v(3, 'c'))
print(v(1, 'a') < v(0, 'b') < v(3, 'c'))
print(v(5, 'a') == v(5, 'b') == v(6, 'c') == v(6, 'd'))
print(v(1, 'a') > v(2, 'b') and v(3, 'c'))

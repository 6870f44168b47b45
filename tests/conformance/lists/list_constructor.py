print(list(), list('abc'), list((1, 2)), list(range(3)))
print(list({'a': 1, 'b': 2}), list({'a': 1}.items()))
a = [1, 2]
b = list(a)
print(b == a, b is a)
print(list(reversed([1, 2, 3])), list(enumerate('ab')))

try:
    'abc'.startswith(['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.endswith(('a', 1))
except TypeError as e:
    print(type(e).__name__, e)
print('abc'.endswith(('x', 'c')), 'abc'.startswith(('', 'zz')))

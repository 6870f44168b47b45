data = {'a': 1}
try:
    print(data['b'])
except KeyError:
    print('handling missing key')
    print(data['a'] + 'oops')

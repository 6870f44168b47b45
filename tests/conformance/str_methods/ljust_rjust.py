print('[' + 'ab'.ljust(6) + ']', '[' + 'ab'.rjust(6) + ']')
print('[' + 'ab'.ljust(6, '.') + ']', '[' + 'ab'.rjust(6, '0') + ']')
print('[' + 'abcdef'.ljust(3) + ']', '[' + 'abc'.rjust(-5) + ']')
print('[' + ''.ljust(3, 'x') + ']')
try:
    'a'.ljust(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.center(5, '')
except TypeError as e:
    print(type(e).__name__, e)

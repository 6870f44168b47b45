try:
    'abc'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.lstrip(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print('abcba'.rstrip('ab'), 'abcba'.lstrip('ba'))

s = 'hello world'
print(s.index('o'), s.index('o', 5), s.index('world'), s.index(''))
try:
    s.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.index('o', 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ''.index('a')
except ValueError as e:
    print(type(e).__name__, e)

t = (1, 2)
print('%s' % (t,))
try:
    print('%s' % t)
except TypeError as e:
    print(type(e).__name__, e)
print('%s' % [1, 2], '%s' % 'x')
print('%d items' % len(t))

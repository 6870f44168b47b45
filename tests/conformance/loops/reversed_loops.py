for x in reversed([1, 2, 3]):
    print(x, end=' ')
print()
for x in reversed(range(0, 10, 3)):
    print(x, end=' ')
print()
for ch in reversed('abc'):
    print(ch, end='')
print()
for x in reversed((1, 'a', None)):
    print(repr(x))

def check(x):
    if x:
        return 'truthy'
    else:
        return 'falsy'
for x in [0, 1, '', 'a', [], [1], None, 0.0, {}, {'a': 1}, (), (0,)]:
    print(repr(x), check(x))
n = 3
while n:
    print('n', n)
    n -= 1

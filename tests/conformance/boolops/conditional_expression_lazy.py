def side(tag, v):
    print('side', tag)
    return v
print(side('a', 1) if side('c', True) else side('b', 2))
print(side('a', 1) if side('c', 0) else side('b', 2))
x = 0
print(10 / x if x else 'no division')

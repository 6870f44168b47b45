xs = ['a', 'b', 'c']
xs.insert(-1, 'X')
print(xs)
xs.insert(-2, 'Y')
print(xs)
xs.insert(len(xs), 'end')
print(xs)
print(xs.index('c'), xs[-xs.index('c')])

def len(x):
    return 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))
max = lambda *a: 'mine'
print(max(1, 2))
del max
print(max(1, 2))

xs = [1, 1.0, True, '1', [1], (1,)]
print(xs.count(1), xs.count('1'), xs.count([1]), xs.count((1,)))
print(xs.index(True), xs.index('1'), xs.index((1,)))
print(0 in [False], False in [0], '' in [None])

xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.index(1), xs.index(5), xs.index(5, 5), xs.index(5, 9), xs.index(3, 1, 10))
print(xs.count(5), xs.count(1), xs.count(7), xs.count(5.0))
print([[1], [1]].count([1]), [1, True, 1.0].count(1))
try:
    xs.index(9, 0, 5)
except ValueError as e:
    print(type(e).__name__, e)

print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum((0.5, 0.5)), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([], 5), sum([True, True]), sum([1, 2.5]), sum([10 ** 20, 1]))
print(sum([1], start=100), sum([[0]], start=[9]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([[1]])
except TypeError as e:
    print(type(e).__name__, e)

from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + b, ["a", "b", "c"]))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))

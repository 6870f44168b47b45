from functools import reduce
import operator
print(reduce(operator.add, [[1], [2], [3]], []), reduce(operator.add, ("a", "b"), ">"))
print(reduce(lambda acc, c: acc * 2 + (c == "1"), "1011", 0))
print(reduce(operator.mul, range(1, 21)), reduce(lambda a, b: b, range(5)))
print(reduce(lambda s, x: s | {x % 4}, range(10), set()))
print(reduce(operator.truediv, [100, 2, 5]), reduce(pow, [2, 3, 2]))

a = {1, 2, 3}
print(a.union([3, 4], (5,)), a.intersection(range(2, 10), [3, 2]))
print(a.difference("abc", [1]), a.symmetric_difference([3, 4]))
print(a.issubset(range(5)), a.issuperset([1, 1, 2]), a.isdisjoint(iter([9])))
try:
    a | [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
print(a.union(), a.intersection())

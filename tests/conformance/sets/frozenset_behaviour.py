f = frozenset([3, 1, 2])
print(f, repr(f), type(f | {9}).__name__, type({9} | f).__name__)
print(f & {1, 5}, f - {1}, hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset(f) is f, frozenset() == set())
nested = {frozenset({1}), frozenset({1, 2})}
print(frozenset({1}) in nested)

for bad in ([1], {1: 2}, {1}):
    try:
        {bad}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([[1, 2]])
except TypeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
print({1} in {frozenset({1})}, set() in {frozenset()})
s2 = {frozenset({1})}
s2.discard({1})
print(s2)

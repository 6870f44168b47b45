from collections import deque
d = deque()
for fn in (d.pop, d.popleft):
    try:
        fn()
    except IndexError as e:
        print(type(e).__name__, e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1])[5]
except IndexError as e:
    print(type(e).__name__, e)
print(repr(deque(["a", (1, 2)])), str(deque(range(3), maxlen=5)))
print(deque("abc") == deque("abc"), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), deque([0]) * 3)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)

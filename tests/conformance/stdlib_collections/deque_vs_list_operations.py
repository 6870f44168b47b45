from collections import deque
d = deque()
for i in range(10):
    if i % 2:
        d.append(i)
    else:
        d.appendleft(i)
print(d, list(d) == [8, 6, 4, 2, 0, 1, 3, 5, 7, 9])
print(d[4], d[-1], d.index(3), sum(d), sorted(d)[:3])
d2 = deque(d)
d2.rotate(len(d2) // 2)
print(d2 == d, d2)
del d[0]
print(d, len(d))

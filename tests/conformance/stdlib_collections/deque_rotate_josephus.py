from collections import deque
def josephus(n, k):
    d = deque(range(1, n + 1))
    order = []
    while d:
        d.rotate(-(k - 1))
        order.append(d.popleft())
    return order
print(josephus(7, 3))
print(josephus(10, 2)[-1])
d = deque(range(10))
d.rotate(3)
print(d, d[3], d[-3])
d.rotate(-13)
print(d)

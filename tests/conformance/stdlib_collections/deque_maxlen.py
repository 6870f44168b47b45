from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d))
print(d, d.maxlen)
d.appendleft(99)
print(d)
d.extend([100, 101])
print(d)
last_lines = deque("line1 line2 line3 line4 line5".split(), 2)
print(last_lines)
print(deque([1, 2], maxlen=0), deque().maxlen)
try:
    deque([1, 2, 3], maxlen=3).insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)

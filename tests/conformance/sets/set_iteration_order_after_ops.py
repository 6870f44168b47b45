s = set()
for v in [50, 10, 40, 20, 30]:
    s.add(v)
print(s, list(s))
s.discard(10)
s.add(11)
print(s)
t = {v * 7 for v in range(12)}
print(t)
print(sorted(t) == sorted(list(t)))
big = set(range(0, 100, 9))
print(big)

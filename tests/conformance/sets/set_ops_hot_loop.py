s = set()
for i in range(500):
    s.add(i % 37)
    if i % 5 == 0:
        s.discard((i * 7) % 37)
print(len(s), s)
inter = set(range(100))
for k in range(2, 6):
    inter &= set(range(0, 100, k))
print(inter)

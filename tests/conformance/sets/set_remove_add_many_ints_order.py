s = set(range(16))
for v in range(0, 16, 2):
    s.remove(v)
print(s)
for v in [100, 200, 33, 17, 49]:
    s.add(v)
print(s)
print(set([31, 15, 63, 7, 127]))
print({1024, 512, 256, 128})

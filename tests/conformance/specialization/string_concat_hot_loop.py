s = ''
for i in range(3000):
    s += 'ab'[i % 2]
print(len(s), s[:10], s[-10:])
t = 'x'
u = t
for i in range(100):
    t += 'y'
print(len(t), u)
parts = []
for i in range(500):
    parts.append(str(i))
joined = ''.join(parts)
print(len(joined), joined[-12:])

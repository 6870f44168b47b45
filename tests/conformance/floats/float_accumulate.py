s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
t = 0.0
for i in range(1, 101):
    t += 1 / i
print(t)
p = 1.0
for i in range(20):
    p *= 1.1
print(p)
print(sum([0.1] * 10))

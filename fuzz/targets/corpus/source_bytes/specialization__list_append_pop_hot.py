xs = []
for i in range(5000):
    xs.append(i)
print(len(xs), xs[-1])
t = 0
while xs:
    t += xs.pop()
print(t, xs)
for i in range(3):
    xs.append(i * 'z')
print(xs)

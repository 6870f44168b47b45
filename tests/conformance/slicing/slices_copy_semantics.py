a = [[1], [2]]
b = a[:]
b[0].append('shared')
b.append([3])
print(a, b)
s = 'hello'
print(s[:] == s, s[::1])
t = (1, 2)
print(t[:] == t, t[0:2])

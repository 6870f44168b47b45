s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[5:2], s[100:], s[-100:2], s[3:100])
t = 'abcdefghij'
print(t[2:5], t[:3], t[7:], t[-3:], t[5:2], t[20:])
print((1, 2, 3, 4)[1:3])

s = list(range(10))
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2])
print(s[8:2:-2], s[2:8:-1], s[-1:-5:-1], s[5::-1], s[:5:-1])
t = 'abcdefghij'
print(t[::-1], t[::3], t[1:8:2], t[-2::-3])
print(list(range(20))[3:17:4])

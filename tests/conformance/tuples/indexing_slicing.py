t = (10, 20, 30, 40, 50)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:])
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
print(type(t[1:2]), t[:0])

s = 'abc'
for i in [3, -4, 100, 10 ** 30]:
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    print(''[0])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[1.0])
except TypeError as e:
    print(type(e).__name__, e)

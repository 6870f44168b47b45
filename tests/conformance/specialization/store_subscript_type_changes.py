def put(c, k, v):
    c[k] = v
lst = [0] * 50
for i in range(2000):
    put(lst, i % 50, i)
print(lst[:5], lst[-5:])
d = {}
for i in range(2000):
    put(d, i % 7, i)
print(d)
put(lst, -1, 'last')
print(lst[-1])
try:
    put(lst, 50, 0)
except IndexError as e:
    print(type(e).__name__, e)
try:
    put('str', 0, 'x')
except TypeError as e:
    print(type(e).__name__, e)

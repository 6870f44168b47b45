x = 5
try:
    x += 'a'
except TypeError as e:
    print(type(e).__name__, e)
s = 'a'
try:
    s += 5
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
try:
    lst += 5
except TypeError as e:
    print(type(e).__name__, e)
lst += (2, 3)
lst += 'ab'
print(lst)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(x, s, t)

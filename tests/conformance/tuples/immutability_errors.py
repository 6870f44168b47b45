t = (1, [2, 3])
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
t[1].append(4)
print(t)
try:
    t.append(5)
except AttributeError as e:
    print(type(e).__name__, e)

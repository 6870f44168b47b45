d = {1: 'a', '1': 'b', (1,): 'c', 1.5: 'd', None: 'e', True: 'f', -0.0: 'g'}
print(d)
print(d[1.0], d[0], d[0.0])
for bad in [[1], {}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in d)
except TypeError as e:
    print(type(e).__name__, e)

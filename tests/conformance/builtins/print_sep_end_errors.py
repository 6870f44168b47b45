try:
    print('a', sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('a', end=[])
except TypeError as e:
    print(type(e).__name__, e)
print('after')

xs = list(range(6))
xs[0] = 'a'
xs[-1] = 'z'
print(xs)
del xs[1]
print(xs)
del xs[-2]
print(xs)
for bad in [10, -10]:
    try:
        xs[bad] = 0
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        del xs[bad]
    except IndexError as e:
        print(type(e).__name__, e)

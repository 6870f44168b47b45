for obj in [[1, 2, 3], 'abc', (1, 2)]:
    try:
        print(obj[::0])
    except ValueError as e:
        print(type(e).__name__, e)
xs = [1, 2]
try:
    xs[::0] = []
except ValueError as e:
    print(type(e).__name__, e)

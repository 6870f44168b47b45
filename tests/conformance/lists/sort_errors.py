xs = [3, 'a', 1]
try:
    xs.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(len(xs))
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

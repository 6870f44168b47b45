for a, b in [(0, -1), (0, -2), (0.0, -1), (0, -1.5), (-0.0, -3)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(0 ** 0, 0.0 ** 0.0)

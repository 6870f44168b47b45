for a, b in [(1, -1), (2 ** 100, -5), (-1, -1)]:
    try:
        print(a << b)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except ValueError as e:
        print(type(e).__name__, e)
print(1 >> 10 ** 20, -1 >> 10 ** 20, 0 << 10 ** 20)

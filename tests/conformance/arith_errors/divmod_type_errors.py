for a, b in [('a', 1), (1, 'b'), (None, 1), ([1], 2)]:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(divmod(1, 0.0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)

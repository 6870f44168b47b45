for v in [-1, 0x110000, 2 ** 63]:
    try:
        print(chr(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for s in ['', 'ab', 'abc']:
    try:
        print(ord(s))
    except TypeError as e:
        print(type(e).__name__, e)

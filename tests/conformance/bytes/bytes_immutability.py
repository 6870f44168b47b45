b = b"abc"
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)

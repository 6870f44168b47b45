b = b"abcdef"
print(b[0], b[-1], type(b[0]).__name__)
print(b[1:3], b[::-1], b[::2], b[10:], b[-2:])
print(b[1:2] == b"b", b[1] == ord("b"))
for x in b"hi":
    print(x, end=" ")
print()
print(list(b"AZ"), tuple(b"\x00\xff"))
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)

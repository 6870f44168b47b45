ba = bytearray(range(10))
ba[::2] = b"\xff" * 5
print(ba)
ba[2:4] = []
print(ba, len(ba))
ba[0:0] = b"start"
print(ba[:6], repr(bytearray()), repr(bytearray(b"'")))
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray(b"abc") == b"abc", bytes(bytearray(b"x")), type(bytearray(b"ab")[0]).__name__)

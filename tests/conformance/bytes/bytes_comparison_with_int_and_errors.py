print(b"a"[0] == 97, b"a" == 97, b"" == bytearray())
print(bytes(5) == b"\x00" * 5, bytearray(3) == bytes(3))
for op in (lambda: b"a" < "a", lambda: b"a" < 1, lambda: bytearray(b"a") > None):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"ab" * 0, b"ab" * -2, bytearray(b"x") * 2)

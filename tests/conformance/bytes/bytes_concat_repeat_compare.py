a, b = b"ab", b"cd"
print(a + b, a * 3, 2 * b, a + bytearray(b"z"), bytearray(b"z") + a)
print(a < b, b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", a == b"ab", a == "ab")
try:
    a + "cd"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])

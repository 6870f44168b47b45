b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m))
m[0] = ord("Z")
print(b)
m2 = m[2:4]
m2[:] = b"XY"
print(b, m.nbytes, m.readonly, memoryview(b"ro").readonly)
print(m.hex(), bytes(memoryview(b"ab")) == b"ab")
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print(type(e).__name__, e)

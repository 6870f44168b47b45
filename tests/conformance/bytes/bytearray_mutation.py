ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" world")
print(ba)
ba[1:5] = b"ELLO"
del ba[-6:]
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("L"))
ba.reverse()
print(ba)
ba += b"xyz"
ba *= 2
print(ba)
ba.clear()
print(ba, bytearray(b"abc").copy())
try:
    ba.append(300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").remove(98)
except ValueError as e:
    print(type(e).__name__, e)

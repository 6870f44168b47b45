class Blob(bytes):
    def hexed(self):
        return self.hex()

b = Blob(b"\x01\xff")
print(b, repr(b), b.hexed(), type(b).__name__, type(b[:1]).__name__, b[1])
print(b == b"\x01\xff", len(b), type(b + b"x").__name__)
class Buf(bytearray):
    pass
bb = Buf(b"ab")
bb.append(99)
print(bb, type(bb).__name__)

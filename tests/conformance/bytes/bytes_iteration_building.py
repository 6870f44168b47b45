def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
enc = xor(b"secret message", b"key")
print(enc, enc.hex())
print(xor(enc, b"key"))
checksum = sum(b"hello") % 256
print(checksum, bytes([checksum]))
out = bytearray()
for i in range(5):
    out += i.to_bytes(1, "big") * i
print(out)

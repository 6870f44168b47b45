values = [0, 1, 255, 256, 65535, 2**32 - 1]
for v in values:
    n = max(1, (v.bit_length() + 7) // 8)
    b = v.to_bytes(n, "big")
    print(v, b, b.hex(), int.from_bytes(b, "big") == v)
print(bytes.fromhex("00ff10").hex(), bytes.fromhex(" 01 \n02 ") if False else bytes.fromhex(" 01 02 "))

for n in range(-300, 301, 37):
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "little", signed=True)
    assert int.from_bytes(b, "little", signed=True) == n
    print(n, length, b.hex())

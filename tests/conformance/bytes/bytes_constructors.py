print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("0a0B"))
for bad in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("x"), lambda: bytes(1.5), lambda: bytes.fromhex("zz")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

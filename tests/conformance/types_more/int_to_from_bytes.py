cases = [(0, 1, "big", False), (1, 2, "little", False), (65535, 2, "big", False), (-1, 1, "big", True),
         (-129, 2, "big", True), (2**64, 9, "little", False), (127, 1, "big", True)]
for n, length, order, signed in cases:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
for args in [(256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)]:
    try:
        if len(args) == 4:
            args[0].to_bytes(args[1], args[2], signed=True)
        else:
            args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print(type(e).__name__, e)
print((5).to_bytes(), int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x01\x00"), "little"))
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)

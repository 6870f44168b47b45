# int.to_bytes with a length no machine can allocate: MemoryError, not a crash
for n in [4898663295024917884, 2**62]:
    try:
        (5).to_bytes(n, "big")
    except MemoryError as e:
        print("MemoryError", repr(e))
    except OverflowError as e:
        print("OverflowError", e)
print((5).to_bytes(3, "little"))

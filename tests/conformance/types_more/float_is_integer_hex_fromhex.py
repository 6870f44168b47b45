for f in [1.0, 1.5, -0.0, 1e300, 0.1, float("inf")]:
    print(f, f.is_integer(), f.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "inf", "-0x0p0", "0X1P-2", "0x.8"]:
    print(s, float.fromhex(s))
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("nope")
except ValueError as e:
    print(type(e).__name__, e)

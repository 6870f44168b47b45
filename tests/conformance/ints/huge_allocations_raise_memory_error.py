try:
    1 << 888888888888
except MemoryError as e:
    print("M1", repr(e))
try:
    "a" * 10**12
except MemoryError as e:
    print("M2", repr(e))
try:
    [0] * 10**11
except MemoryError as e:
    print("M3", repr(e))
print(len("ab" * 1000), (1 << 1000).bit_length())

print(bytes(range(0, 32)))
print(bytes(range(32, 128)))
print(bytes(range(250, 256)))
print(bytearray(range(120, 130)))

for n in [0, 1, -1, 7, 8, -8, 255, 256, 2**64 - 1, -2**64, 10**30]:
    print(n, n.bit_length(), bin(n).count("1"), n.bit_count())

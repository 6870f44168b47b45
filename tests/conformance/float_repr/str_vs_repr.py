for x in [0.1, 1e16, 1.5e-7, 123.0, -0.0, 1e300 * 1e10, 2 / 3]:
    print(str(x), repr(x), str(x) == repr(x))
print(str([0.1, 2.5]), repr((1e16,)))

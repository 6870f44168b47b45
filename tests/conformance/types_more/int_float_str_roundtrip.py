for v in [0.1, 1/3, 2**53 + 1.0, 1e22, 5e-324, 1.7976931348623157e308, -1e-7, 123456789012345678.0]:
    s = repr(v)
    print(s, float(s) == v, str(v) == s)
for n in [0, -0, 10**25, -(2**100), 7]:
    print(n, int(str(n)) == n, len(str(n)), format(n, ","), format(n, "_x"))

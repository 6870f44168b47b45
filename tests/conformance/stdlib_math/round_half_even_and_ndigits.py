for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
for n in [15, 25, 35, -15, 12345]:
    print(n, round(n, -1), round(n, -2), type(round(n, -1)).__name__)

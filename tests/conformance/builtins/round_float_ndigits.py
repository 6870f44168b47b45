for x in [3.14159, 2.71828, -1.23456, 1234.5678, 0.0049, 1e-20]:
    print(x, round(x, 0), round(x, 1), round(x, 3), round(x, -1), round(x, -2))
print(round(2.5, None), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))

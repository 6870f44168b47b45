print(float(), float(0), float(-3), float(True), float(False))
print(float(2.5), float(10 ** 15), float(-(10 ** 17)))
print(float(2 ** 53), float(2 ** 53 + 1))
print(float(7) / 2)

print(int('7'), float('7'), str(7), bool(7), repr(7))
print(int(7.9), float(7), str(7.0), bool(0.0), repr(7.0))
print(int(True), float(False), str(True), bool('False'), repr(True))
print(str(int(float('1e3'))), float(str(0.1)) == 0.1, int(str(2 ** 90)) == 2 ** 90)

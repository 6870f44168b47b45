print(abs(-(2 ** 200)), abs(float('-inf')), abs(float('nan')), abs(-1e-320))
print(abs(-9223372036854775808), abs(-5 // 2), abs(-5 % 3))

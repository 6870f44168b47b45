big = 10 ** 400
print(big > 1e308, -big < -1e308, big < float('inf'), -big > float('-inf'))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(2 ** 53 == 2.0 ** 53, 2 ** 64 == 2.0 ** 64)
print(10 ** 16 + 1 == 1e16, 10 ** 16 == 1e16)
print(big == float('inf'), big != float('nan'))
print(max(big, 1e308) == big)

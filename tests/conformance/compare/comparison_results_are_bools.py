r = 1 < 2
print(r, type(r))
print((1 < 2) + (2 < 3), (1 == 1) * 10)
print([1 < 2, 1 > 2, 1 == 1.0, 'a' != 'a'])
print(not 1 < 2, not (1 > 2))
print((3 > 2) == True, (3 > 2) is True)

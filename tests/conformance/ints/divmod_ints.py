for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (5, 17), (-5, 17)]:
    print(a, b, divmod(a, b))
print(divmod(2 ** 70, 3))
print(divmod(-(2 ** 70), 3))
print(divmod(True, 2))

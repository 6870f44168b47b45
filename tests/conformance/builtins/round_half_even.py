for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]:
    print(x, round(x))
print(round(7), round(-7), type(round(7)), round(7, 2), round(7, -1), type(round(7, -1)))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(150, -2), round(250, -2))
print(round(123456, -3), round(10 ** 20 + 5, -1), round(5, -1), round(0, -3))

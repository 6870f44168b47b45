for i in range(1, 13):
    print(i, 1 / i, i / 7)

print(10 ** 400 / 10 ** 399)
print((2 ** 1100) / (2 ** 1000))
print(1 / 10 ** 400)
print(10 ** 30 / 7)
print((10 ** 50 + 1) / 10 ** 50)
print(-(10 ** 40) / 3)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)

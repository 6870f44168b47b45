print(round(0.1 + 0.2, 10), round(2.5e-5, 5), round(1e16 / 3, 2))
print(round(123.456, 1), round(123.456, -1), round(-123.456, 0))
print(round(1 / 3, 5), round(2 / 3, 15), round(2 / 3, 16), round(2 / 3, 17))
print(round(5e-324, 400), round(1.2e308, -308))
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print(type(e).__name__, e)

print(bool(0), bool(1), bool(-1), bool(''), bool('0'), bool([]), bool([0]))
print(bool(None), bool(0.0), bool(float('nan')), bool({}), bool(range(0)))
print(bool(2 ** 100), True + bool(5))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

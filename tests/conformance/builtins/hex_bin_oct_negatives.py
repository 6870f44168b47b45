for n in [0, 1, -1, 255, -255, 2 ** 32, -(2 ** 64), 10 ** 20]:
    print(n, hex(n), bin(n), oct(n))
print(hex(True), bin(False))
try:
    hex('a')
except TypeError as e:
    print(type(e).__name__, e)

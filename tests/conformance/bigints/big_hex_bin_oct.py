n = 2 ** 130 + 255
print(hex(n))
print(oct(n))
print(bin(n))
print(hex(-n))
print(int(hex(n), 16) == n, int(bin(-n), 0) == -n)
print(int('f' * 40, 16))

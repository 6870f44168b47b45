import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.width)
print(type(sys.float_info).__name__, sys.float_info[0] == sys.float_info.max)
try:
    [0] * (sys.maxsize + 1)
except OverflowError as e:
    print(type(e).__name__, e)

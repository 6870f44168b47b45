z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), z * z, z / (1 + 1j))
print(complex(1), complex(1, -2), complex("2+3j"), complex("-1.5j"), 1j ** 2)
print(repr(complex(0, 0)), repr(-0j), repr(complex(-0.0, -0.0)), (1 + 2j) == complex(1, 2))
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("1 + 2j")
except ValueError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), pow(1j, 4), (2 + 0j) ** 0.5)

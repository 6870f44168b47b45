import cmath
print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.exp(1j * cmath.pi).real, round(cmath.exp(1j * cmath.pi).imag, 12))
print(cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), abs(3 + 4j))
print(cmath.isclose(cmath.exp(cmath.log(2 + 3j)), 2 + 3j), cmath.log(-1))

x = 2.5
print(x.real, x.imag, x.conjugate(), round(x), round(3.5), round(-2.5), round(2.675, 2))
print(float("1e-5"), float("  -3.25\n"), float("1_0.5"), float("-iNF"), float("nan") != float("nan"))
print(int(2.9), int(-2.9), float(10**20), 1e16 + 1 == 1e16)
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), (7.5).__floor__() if hasattr(7.5, "__floor__") else "nofloor")
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0 == 0.0, str(-0.0))

import math
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isinf(1e308 * 10))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-3), type(math.fabs(-3)).__name__)
print(math.fmod(7, -2), 7 % -2, math.fmod(-7, 2), -7 % 2, math.remainder(7, 2), math.remainder(5, 2))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))

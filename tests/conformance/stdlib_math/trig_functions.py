import math
for a in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi]:
    print(round(math.sin(a), 12), round(math.cos(a), 12), round(math.tan(a), 6) if abs(math.cos(a)) > 1e-9 else "inf-ish")
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.sinh(1), math.cosh(0), math.tanh(100), math.asinh(1), math.acosh(2), math.atanh(0.5))
try:
    math.asin(2)
except ValueError as e:
    print(type(e).__name__, e)

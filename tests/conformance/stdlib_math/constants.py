import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.isnan(math.nan), math.isinf(-math.inf))
print(repr(math.inf), str(math.nan), math.inf > 1e308)

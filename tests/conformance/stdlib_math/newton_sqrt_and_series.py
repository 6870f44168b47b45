import math
def newton_sqrt(x, eps=1e-15):
    g = x / 2 or 1.0
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g
for v in [2, 10, 1e6, 0.25]:
    print(v, newton_sqrt(v), math.sqrt(v), math.isclose(newton_sqrt(v), math.sqrt(v)))
pi_est = 4 * sum((-1) ** k / (2 * k + 1) for k in range(10000))
print(round(pi_est, 6), math.isclose(pi_est, math.pi, rel_tol=1e-4))
e_est = sum(1 / math.factorial(k) for k in range(20))
print(e_est, e_est == math.e)

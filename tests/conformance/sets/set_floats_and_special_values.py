nan = float("nan")
s = {nan, nan, 1.0}
print(len(s))
s2 = {float("nan"), float("nan")}
print(len(s2))
print({0.0, -0.0}, {1, 1.0, 1 + 0j})
print({0.1, 0.2, 0.3}, {1e100, -1e-100})
print({float("inf"), -float("inf"), 0.5})

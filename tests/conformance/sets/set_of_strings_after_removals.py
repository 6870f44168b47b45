s = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
print(s)
for w in ["beta", "eta"]:
    s.remove(w)
print(s)
s |= {"iota", "kappa"}
print(s)
print(sorted(s, key=len))

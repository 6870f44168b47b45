d = {k % 3: k for k in range(7)}
print(d, list(d))
pairs = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)]
print({k: v for k, v in pairs})
print({k: v for k, v in reversed(pairs)})

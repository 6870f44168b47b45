a, b, c = {1, 2, 3}, {2, 3, 4}, {3, 4, 5}
print(a & b & c, a | b | c, a ^ b ^ c, (a - b) | (c - b))
print(set.intersection(a, b, c), set.union(a, b, c), set.difference(a, b, c))
print(frozenset.union(frozenset(a), b))
print({*a, *c}, {*"ab", *"bc"})

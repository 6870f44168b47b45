s = {1, 2, 3}
print(len(s), bool(s), bool(set()), 2 in s, 5 not in s)
print(1.0 in s, True in s, "1" in s)
e = set()
print(e == set(), e is not set(), not e)
print(any(set()), all(set()), sum({1, 2, 3}), max({4, 9, 2}))

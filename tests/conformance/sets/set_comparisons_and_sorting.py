sets = [{1, 2}, {1}, {2, 3}, {1, 2, 3}]
print(sorted(sets, key=len))
print(max(sets, key=len), min(sets, key=sorted))
print([a < b for a in sets for b in sets].count(True))
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4})
print(sorted({3, 1, 2}), sorted({"b", "a"}), list(reversed(sorted({5, 4}))))
